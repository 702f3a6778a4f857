package id.sofifi.asn.selection.web;

import id.sofifi.asn.selection.application.AnnouncementService;
import id.sofifi.asn.selection.domain.AnnouncementStage;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The old address of the administrative result, {@code /pengumuman.xhtml?period=…}, from the time it
 * had a model of its own: it leads to the period's ADMINISTRATION announcement as it stands now (its
 * newest correction), or to the period's list while nothing is announced. A temporary redirect (302),
 * because the announcement it leads to changes when a correction is published.
 */
@WebServlet("/pengumuman.xhtml")
public class AdministrationResultRedirect extends HttpServlet {
    @EJB
    AnnouncementService announcements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String period = request.getParameter("period");
        String target = period == null || period.isBlank()
                ? "/hasil-seleksi.xhtml"
                : announcements.current(period, AnnouncementStage.ADMINISTRATION)
                        .map(a -> "/hasil-seleksi/pengumuman.xhtml?id=" + a.id())
                        .orElse("/hasil-seleksi.xhtml?period=" + URLEncoder.encode(period, StandardCharsets.UTF_8));
        response.sendRedirect(request.getContextPath() + target);
    }
}
