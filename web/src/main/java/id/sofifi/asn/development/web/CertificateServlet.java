package id.sofifi.asn.development.web;

import id.sofifi.asn.development.application.CertificateService;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.web.Requests;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The certificate as a PDF ({@code /sertifikat.pdf?no=}), for staff and the employee themself; its QR code opens
 * the public check on this server.
 */
@WebServlet("/sertifikat.pdf")
public class CertificateServlet extends HttpServlet {
    @EJB
    CertificateService certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("no");
        if (number == null || number.isBlank()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            byte[] pdf = certificates.pdf(number, Requests.base(request) + "/sertifikat.xhtml?no=" + number.strip());
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "inline; filename=\"sertifikat-" + number.strip() + ".pdf\"");
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
