package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.platform.web.PdfDownload;
import id.sofifi.asn.platform.web.Requests;
import id.sofifi.asn.recruitment.application.RegistrationService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The registration card as a PDF, for its applicant and for staff. Its QR code opens the public check
 * of the registration on this server.
 */
@WebServlet("/kartu.pdf")
public class CardServlet extends HttpServlet {
    @EJB
    RegistrationService registrations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PdfDownload.send(request, response, "kartu",
                number -> registrations.card(number, Requests.base(request) + "/cek-pendaftaran.xhtml?no=" + number));
    }
}
