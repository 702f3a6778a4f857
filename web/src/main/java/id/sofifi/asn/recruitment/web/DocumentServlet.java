package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.platform.web.DocumentResponse;
import id.sofifi.asn.recruitment.application.VerificationService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** An applicant's document for the verification viewer; only staff, and every opening is audited. */
@WebServlet("/staff/dokumen")
public class DocumentServlet extends HttpServlet {
    @EJB
    VerificationService verification;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentResponse.serve(response, () -> verification.openDocument(Long.parseLong(request.getParameter("id"))));
    }
}
