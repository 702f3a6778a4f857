package id.sofifi.asn.platform.web;

import id.sofifi.asn.platform.documents.DocumentContent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An uploaded document sent to the browser to view: its recognised type (never sniffed), never cached, under its
 * shown name.
 */
public final class DocumentResponse {
    private DocumentResponse() {
    }

    public static void send(HttpServletResponse response, DocumentContent document) throws IOException {
        response.setContentType(document.mediaType());
        response.setHeader("Content-Disposition", "inline; filename=\"" + document.fileName().replace("\"", "") + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(document.content().length);
        response.getOutputStream().write(document.content());
    }
}
