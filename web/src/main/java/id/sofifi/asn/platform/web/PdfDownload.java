package id.sofifi.asn.platform.web;

import id.sofifi.asn.kernel.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Answers a printed document (registration card, certificate) as an inline PDF that no cache keeps; an unknown one
 * is 404, a caller who may not read it 401 (not signed in) or 403.
 */
public final class PdfDownload {
    private PdfDownload() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, String fileName,
            Supplier<byte[]> document) throws IOException {
        try {
            byte[] pdf = document.get();
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"");
            response.setHeader("Cache-Control", "private, no-store");
            response.setContentLength(pdf.length);
            response.getOutputStream().write(pdf);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(request.getUserPrincipal() == null
                    ? HttpServletResponse.SC_UNAUTHORIZED
                    : HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
