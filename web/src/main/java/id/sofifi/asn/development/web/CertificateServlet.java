package id.sofifi.asn.development.web;

import id.sofifi.asn.development.application.CertificateService;
import id.sofifi.asn.platform.web.PdfDownload;
import id.sofifi.asn.platform.web.Requests;
import jakarta.ejb.EJB;
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
        PdfDownload.send(request, response, "sertifikat",
                number -> certificates.pdf(number, Requests.base(request) + "/sertifikat.xhtml?no=" + number));
    }
}
