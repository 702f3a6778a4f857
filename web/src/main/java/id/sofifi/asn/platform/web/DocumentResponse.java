package id.sofifi.asn.platform.web;

import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.documents.DocumentContent;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An uploaded document sent to the browser to view: its recognised type (never sniffed), never cached, under its
 * shown name. Screens send it from a servlet, the API as a resource's answer; the headers are the same.
 */
public final class DocumentResponse {
    private DocumentResponse() {
    }

    /**
     * Sends the document a use case opens, for a servlet: an unknown document or a malformed id in the request is a
     * 404, a reader the use case refuses a 403.
     */
    public static void serve(HttpServletResponse response, Supplier<DocumentContent> open) throws IOException {
        DocumentContent document;
        try {
            document = open.get();
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        send(response, document);
    }

    public static void send(HttpServletResponse response, DocumentContent document) throws IOException {
        response.setContentType(document.mediaType());
        headers(document).forEach(response::setHeader);
        response.setContentLength(document.content().length);
        response.getOutputStream().write(document.content());
    }

    /** The document as a JAX-RS answer. */
    public static Response of(DocumentContent document) {
        Response.ResponseBuilder answer = Response.ok(document.content(), document.mediaType());
        headers(document).forEach(answer::header);
        return answer.build();
    }

    private static Map<String, String> headers(DocumentContent document) {
        return Map.of("Content-Disposition", "inline; filename=\"" + document.fileName().replace("\"", "") + "\"",
                "Cache-Control", "private, no-store", "X-Content-Type-Options", "nosniff");
    }
}
