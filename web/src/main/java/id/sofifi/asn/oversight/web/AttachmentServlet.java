package id.sofifi.asn.oversight.web;

import id.sofifi.asn.oversight.application.ComplaintAttachments;
import id.sofifi.asn.platform.web.DocumentResponse;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A case's file ({@code ?kode=&n=}) for administrators on the staff case page; every opening is audited. */
@WebServlet("/staff/admin/lapor-lampiran")
public class AttachmentServlet extends HttpServlet {
    @EJB
    ComplaintAttachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentResponse.serve(response, () -> attachments.open(request.getParameter("kode"), null,
                Integer.parseInt(request.getParameter("n"))));
    }
}
