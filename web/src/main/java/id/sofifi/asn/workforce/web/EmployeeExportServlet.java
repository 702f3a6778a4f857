package id.sofifi.asn.workforce.web;

import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
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
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The employee list as CSV, filtered as the list screen is ({@code workUnit}, {@code employmentType}, {@code q}),
 * read page by page; never the NIK.
 */
@WebServlet("/staff/admin/employees.csv")
public class EmployeeExportServlet extends HttpServlet {
    @EJB
    EmployeeService employees;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getParameter("employmentType");
        EmploymentType employmentType = Arrays.stream(EmploymentType.values()).filter(t -> t.name().equals(type))
                .findFirst().orElse(null);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"pegawai.csv\"");
        try {
            PrintWriter out = response.getWriter();
            out.print("nip,name,employment_type,position,work_unit,work_unit_name,appointed_on\r\n");
            for (int page = 0;; page++) {
                Page<EmployeeSummary> rows = employees.search(request.getParameter("workUnit"), employmentType,
                        request.getParameter("q"), PageRequest.of(page, PageRequest.MAX_SIZE));
                for (EmployeeSummary e : rows.items()) {
                    out.print(Stream
                            .of(e.nip(), e.name(), e.employmentType().name(), e.position(), e.workUnitCode(),
                                    e.workUnitName(), e.appointedOn().toString())
                            .map(EmployeeExportServlet::field).collect(Collectors.joining(",")) + "\r\n");
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

    /** A field quoted when it holds a comma, quote or line break. */
    private static String field(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("(?s).*[,\"\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
