package id.sofifi.asn.development.web;

import id.sofifi.asn.development.application.ComplianceLine;
import id.sofifi.asn.development.application.ComplianceService;
import id.sofifi.asn.platform.web.TableDownload;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The JP compliance of every employee of a unit ({@code workUnit}, its bidang and UPT included) in a year
 * ({@code year}) as CSV or XLSX, JP as the ledger prints them.
 */
@WebServlet({"/staff/admin/compliance.csv", "/staff/admin/compliance.xlsx"})
public class ComplianceExportServlet extends HttpServlet {
    private static final List<String> HEADER = List.of("nip", "name", "work_unit", "work_unit_name", "year",
            "earned_jp", "required_jp", "shortfall_jp", "latsar_overdue");

    @EJB
    ComplianceService compliance;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer year;
        try {
            year = Integer.valueOf(request.getParameter("year"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try (TableDownload table = TableDownload.start(request, response, "kepatuhan-jp-" + year, HEADER)) {
            for (ComplianceLine l : compliance.all(year, request.getParameter("workUnit"))) {
                table.row(List.of(l.nip(), l.name(), String.valueOf(l.workUnitCode()), String.valueOf(l.workUnitName()),
                        year, l.ledger().earned().text(), l.ledger().required().text(), l.ledger().shortfall().text(),
                        l.latsarOverdue()));
            }
        } catch (EJBAccessException e) {
            response.reset();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
