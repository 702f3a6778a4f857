package id.sofifi.asn.platform.api;

import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code ?page=0&size=50} parameters of every paged list (size at most 500). Read as text so that
 * {@code ?size=abc} is a 400 naming the parameter, not the 404 JAX-RS gives for an unparsable number.
 */
public class Paging {
    @QueryParam("page")
    @DefaultValue("0")
    String page;

    @QueryParam("size")
    @DefaultValue("50")
    String size;

    public PageRequest request() {
        Violations v = new Violations();
        int pageNumber = whole(page, "page", v);
        int pageSize = whole(size, "size", v);
        v.throwIfAny();
        return PageRequest.of(pageNumber, pageSize);
    }

    /** A path or query parameter that must be a whole number; anything else is a 400 naming the field. */
    public static long number(String text, String field) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            new Violations().check(false, field, "validation.wholeNumber").throwIfAny();
            return 0;
        }
    }

    private static int whole(String text, String field, Violations v) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            v.check(false, field, "validation.wholeNumber");
            return 0;
        }
    }
}
