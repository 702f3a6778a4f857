package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.jobs.application.JobService;
import id.sofifi.asn.jobs.application.JobView;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.platform.application.SpreadsheetText;
import id.sofifi.asn.platform.web.Requests;
import id.sofifi.asn.platform.web.Texts;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** The error report of an import job as CSV (line, field, message), in the staff member's language. */
@WebServlet("/staff/import-errors.csv")
public class ImportErrorReportServlet extends HttpServlet {
    private static final int BATCH = 10_000;

    @EJB
    JobService jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong jobParameter = Requests.number(request, "job");
        if (jobParameter.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long job = jobParameter.getAsLong();
        Locale locale = Texts.supported(request.getLocale());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"impor-" + job + "-kesalahan.csv\"");
        try {
            PrintWriter out = response.getWriter();
            out.print("line,field,message\r\n");
            for (int offset = 0;; offset += BATCH) {
                List<JobView.RowError> errors = jobs.errors(job, offset, BATCH);
                for (JobView.RowError e : errors) {
                    String message = Texts.of(locale, new Violation(e.field(), e.messageKey(), e.args()));
                    out.print(e.row() + "," + SpreadsheetText.csvField(e.field()) + ","
                            + SpreadsheetText.csvField(message) + "\r\n");
                }
                if (errors.size() < BATCH) {
                    break;
                }
            }
        } catch (EJBAccessException e) {
            response.reset();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
