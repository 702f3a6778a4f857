package id.sofifi.asn.performance.web;

import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.performance.application.EvaluationReportService;
import id.sofifi.asn.performance.application.ReportView;
import id.sofifi.asn.platform.application.Xlsx;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The report screen's downloads: {@code /staff/laporan-evaluasi.pdf?id=} and {@code .xlsx?id=}, for the staff who
 * may read reports; an unknown report or one not yet ready is 404.
 */
@WebServlet({"/staff/laporan-evaluasi.pdf", "/staff/laporan-evaluasi.xlsx"})
public class ReportFileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    transient EvaluationReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean pdf = request.getRequestURI().endsWith(".pdf");
        try {
            long id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
            byte[] file = reports.file(id, pdf ? "pdf" : "xlsx");
            response.setContentType(pdf ? "application/pdf" : Xlsx.CONTENT_TYPE);
            response.setHeader("Content-Disposition",
                    "attachment; filename=\"" + ReportView.fileName(id, pdf ? "pdf" : "xlsx") + "\"");
            response.setContentLength(file.length);
            response.getOutputStream().write(file);
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
