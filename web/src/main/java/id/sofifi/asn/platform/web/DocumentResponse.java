package id.sofifi.asn.platform.web;

import id.sofifi.asn.platform.documents.DocumentContent;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;

/**
 * An uploaded document sent to the browser to view: its recognised type (never sniffed), never cached, under its
 * shown name. Screens send it from a servlet, the API as a resource's answer; the headers are the same.
 */
public final class DocumentResponse {
    private DocumentResponse() {
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
