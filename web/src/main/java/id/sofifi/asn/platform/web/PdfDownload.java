package id.sofifi.asn.platform.web;

import id.sofifi.asn.kernel.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;

/**
 * Answers a printed document named by its number in {@code ?no=} (registration card, certificate) as an inline PDF
 * that no cache keeps; a missing or unknown number is 404, a caller who may not read it 401 (not signed in) or 403.
 */
public final class PdfDownload {
    private PdfDownload() {
    }

    /** {@code document} makes the PDF of a number; the file is called {@code prefix-number.pdf}. */
    public static void send(HttpServletRequest request, HttpServletResponse response, String prefix,
            Function<String, byte[]> document) throws IOException {
        String raw = request.getParameter("no");
        if (raw == null || raw.isBlank()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String number = raw.strip();
        try {
            byte[] pdf = document.apply(number);
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "inline; filename=\"" + prefix + "-" + number + ".pdf\"");
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
