package id.sofifi.asn.selection.web;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.web.LocaleView;
import id.sofifi.asn.selection.application.AnnouncementEntryView;
import id.sofifi.asn.selection.application.AnnouncementLookup;
import id.sofifi.asn.selection.application.AnnouncementSummary;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Halaman entri pengumuman: the page a printed announcement's QR code opens, the busiest page on announcement day.
 * Its markup is the Facelets page {@value #TEMPLATE_VIEW}, but Faces renders it once per announcement, language and
 * kind of visitor, for a marked entry ({@link EntryPageShell}); each request then fills in one entry taken from
 * memory ({@link AnnouncementLookup}). Rendering the whole view per request cost about 1.7 ms of CPU, which bounded
 * the page at a few hundred requests per second on two cores (docs/benchmarks.md, "Entry page").
 * <p>
 * Anything but an entry of a published announcement — an unknown or malformed id, a draft, an unknown number — goes
 * to the Faces page itself, which answers 404 as it always did.
 */
@WebServlet("/hasil-seleksi/entri.xhtml")
public class EntryPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE_VIEW = "/hasil-seleksi/entri-templat.xhtml";
    /** Set while Faces renders a shell: the page then shows {@link EntryPageShell#MARKED}. */
    static final String RENDERING_SHELL = EntryPageServlet.class.getName() + ".shell";
    /** Shells are a few KiB and cheap to render again: past this many (old corrections, say) all are dropped. */
    private static final int MAX_SHELLS = 512;

    private final transient Map<Shell, EntryPageShell> shells = new ConcurrentHashMap<>();

    @Inject
    transient AnnouncementLookup lookup;

    @Inject
    transient LocaleView locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        AnnouncementSummary announcement = published(parameter(request, "id"));
        AnnouncementEntryView entry = announcement == null ? null : entry(announcement, parameter(request, "no"));
        if (entry == null) {
            request.getRequestDispatcher(TEMPLATE_VIEW).forward(request, response);
            return;
        }
        byte[] page = shell(request, response, announcement).fill(entry).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        if (request.getUserPrincipal() == null) {
            response.setHeader("Cache-Control", "public, max-age=3600");
        }
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    private EntryPageShell shell(HttpServletRequest request, HttpServletResponse response,
            AnnouncementSummary announcement) throws ServletException, IOException {
        Shell key = new Shell(announcement, locale.getLocale(), request.getUserPrincipal() != null,
                request.isUserInRole(Role.APPLICANT_NAME), request.isUserInRole(Role.EMPLOYEE_NAME));
        EntryPageShell shell = shells.get(key);
        if (shell == null) {
            CapturedPage rendered = new CapturedPage(response);
            request.setAttribute(RENDERING_SHELL, Boolean.TRUE);
            try {
                request.getRequestDispatcher(TEMPLATE_VIEW).include(request, rendered);
            } finally {
                request.removeAttribute(RENDERING_SHELL);
            }
            shell = EntryPageShell.of(rendered.text());
            if (shells.size() >= MAX_SHELLS) {
                shells.clear();
            }
            shells.put(key, shell);
        }
        return shell;
    }

    private AnnouncementSummary published(String id) {
        try {
            AnnouncementSummary announcement = lookup.announcement(Long.parseLong(id));
            return announcement.published() ? announcement : null;
        } catch (NumberFormatException | NotFoundException e) {
            return null;
        }
    }

    private AnnouncementEntryView entry(AnnouncementSummary announcement, String registrationNumber) {
        try {
            return lookup.entry(announcement.id(), registrationNumber);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static String parameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    /** What the portal template varies by besides the announcement: the language and the visitor's links. */
    private record Shell(AnnouncementSummary announcement, Locale locale, boolean signedIn, boolean applicant,
            boolean employee) {
    }
}
