package id.sofifi.asn.workforce.web;

import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.platform.web.TableDownload;
import id.sofifi.asn.workforce.application.EmployeeService;
import id.sofifi.asn.workforce.application.EmployeeSummary;
import id.sofifi.asn.workforce.domain.EmploymentType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The employee list as CSV or XLSX, filtered as the list screen is ({@code workUnit}, {@code employmentType},
 * {@code q}), read page by page; never the NIK.
 */
@WebServlet({"/staff/admin/employees.csv", "/staff/admin/employees.xlsx"})
public class EmployeeExportServlet extends HttpServlet {
    private static final List<String> HEADER = List.of("nip", "name", "employment_type", "position", "work_unit",
            "work_unit_name", "appointed_on");

    @EJB
    EmployeeService employees;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getParameter("employmentType");
        EmploymentType employmentType = Arrays.stream(EmploymentType.values()).filter(t -> t.name().equals(type))
                .findFirst().orElse(null);
        try (TableDownload table = TableDownload.start(request, response, "pegawai", HEADER)) {
            for (int page = 0;; page++) {
                Page<EmployeeSummary> rows = employees.search(request.getParameter("workUnit"), employmentType,
                        request.getParameter("q"), PageRequest.of(page, PageRequest.MAX_SIZE));
                for (EmployeeSummary e : rows.items()) {
                    table.row(List.of(e.nip(), e.name(), e.employmentType().name(), e.position(), e.workUnitCode(),
                            e.workUnitName(), e.appointedOn().toString()));
                }
                if ((long) (page + 1) * PageRequest.MAX_SIZE >= rows.total()) {
                    break;
                }
            }
        } catch (EJBAccessException e) {
            response.reset();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
