package id.sofifi.asn.privacy.web;

import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.platform.api.WitTime;
import id.sofifi.asn.platform.web.TableDownload;
import id.sofifi.asn.privacy.application.PersonQuery;
import id.sofifi.asn.privacy.application.PersonalDataAccess;
import id.sofifi.asn.privacy.application.PersonalDataAccessService;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The reads of one person's data as CSV or XLSX for a breach notice (§6), the person named as on the screen by
 * {@code nik}, {@code registrationNumber} or {@code nip}; read page by page.
 */
@WebServlet({"/staff/admin/personal-data-access.csv", "/staff/admin/personal-data-access.xlsx"})
public class PersonalDataAccessExportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final List<String> HEADER = List.of("occurred_at", "actor", "what", "subject", "remote_address");

    @EJB
    PersonalDataAccessService access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PersonQuery query = new PersonQuery(request.getParameter("nik"), request.getParameter("registrationNumber"),
                request.getParameter("nip"));
        try (TableDownload table = TableDownload.start(request, response, "akses-data-pribadi", HEADER)) {
            for (int page = 0;; page++) {
                Page<PersonalDataAccess> rows = access.reads(query, PageRequest.of(page, PageRequest.MAX_SIZE));
                for (PersonalDataAccess r : rows.items()) {
                    table.row(List.of(WitTime.iso(r.occurredAt()), r.actor(), r.what(), r.subjectKey(),
                            r.remoteAddress() == null ? "" : r.remoteAddress()));
                }
                if ((long) (page + 1) * PageRequest.MAX_SIZE >= rows.total()) {
                    break;
                }
            }
        } catch (EJBAccessException e) {
            response.reset();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (DomainException e) {
            response.reset();
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.messageKey());
        }
    }
}
