package id.sofifi.asn.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

/**
 * PrimeFaces ships its Indonesian widget texts (calendar months, paginator, …) as
 * {@code locales/locale-in.js}, under the language's old ISO code; Java 17 calls Indonesian "id", so
 * PrimeFaces asks for {@code locale-id.js}. This serves that name with the shipped file plus one line
 * registering its texts under "id" too.
 */
public class IndonesianWidgetTexts extends ResourceHandlerWrapper {
    private static final String LIBRARY = "primefaces";
    private static final String REQUESTED = "locales/locale-id.js";
    private static final String SHIPPED = "locales/locale-in.js";

    public IndonesianWidgetTexts(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        if (LIBRARY.equals(libraryName) && REQUESTED.equals(resourceName)) {
            Resource shipped = super.createResource(SHIPPED, libraryName);
            return shipped == null ? null : new Aliased(shipped);
        }
        return super.createResource(resourceName, libraryName);
    }

    /** The shipped Indonesian file, served under the name PrimeFaces asks for. */
    private static final class Aliased extends ResourceWrapper {
        private static final byte[] ALIAS = ("\nif (window.PrimeFaces) { PrimeFaces.locales['id'] = "
                + "PrimeFaces.locales['in']; }\n").getBytes(StandardCharsets.UTF_8);

        Aliased(Resource shipped) {
            super(shipped);
            setResourceName(REQUESTED);
            setLibraryName(LIBRARY);
            setContentType(shipped.getContentType());
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return new SequenceInputStream(getWrapped().getInputStream(), new ByteArrayInputStream(ALIAS));
        }

        @Override
        public String getRequestPath() { return getWrapped().getRequestPath().replace("locale-in.js", "locale-id.js"); }
    }
}
