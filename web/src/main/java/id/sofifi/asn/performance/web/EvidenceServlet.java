package id.sofifi.asn.performance.web;

import id.sofifi.asn.performance.application.EvidenceService;
import id.sofifi.asn.platform.web.DocumentResponse;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An SKP assessment's evidence file ({@code ?id=}): for employees under {@code /asn/} (the official, the employee,
 * their head) and administrators under {@code /staff/admin/}; the use case decides who reads which.
 */
@WebServlet({"/asn/skp-bukti", "/staff/admin/skp-bukti"})
public class EvidenceServlet extends HttpServlet {
    @EJB
    EvidenceService evidence;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentResponse.serve(response, () -> evidence.open(Long.parseLong(request.getParameter("id"))));
    }
}
