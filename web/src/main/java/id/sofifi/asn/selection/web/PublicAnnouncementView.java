package id.sofifi.asn.selection.web;

import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.selection.application.AnnouncementEntryView;
import id.sofifi.asn.selection.application.AnnouncementLookup;
import id.sofifi.asn.selection.application.AnnouncementService;
import id.sofifi.asn.selection.application.AnnouncementSummary;
import id.sofifi.asn.selection.domain.AnnouncementChain;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/**
 * The public announcement pages (hasil seleksi): the list, one announcement with its search and pages,
 * one entry with its QR code, and the verification of the chain. Plain GET parameters drive them, so
 * every page can be bookmarked, shared and cached; a search by registration number is one index lookup.
 */
@Named
@RequestScoped
public class PublicAnnouncementView {
    static final int PAGE_SIZE = 50;

    @EJB
    AnnouncementService announcements;

    /** The header and the entry come from memory once an announcement has been read: no transaction per view. */
    @Inject
    AnnouncementLookup lookup;

    private String period;
    private String id;
    private String no;
    private String page;
    private List<AnnouncementSummary> list;
    private AnnouncementSummary announcement;
    private Page<AnnouncementEntryView> entries;
    private AnnouncementEntryView entry;
    private AnnouncementChain.ChainCheck chainCheck;

    public void loadList() {
        list = announcements.published(period);
        cacheFor(60);
    }

    /** One announcement: the entry searched for (exact registration number), or a page of entries. */
    public void loadAnnouncement() {
        if (!loadHeader()) {
            return;
        }
        if (no != null && !no.isBlank()) {
            entry = find();
        } else {
            entries = announcements.entries(announcement.id(), null, PageRequest.of(pageNumber(), PAGE_SIZE));
        }
        cacheFor(300);
    }

    /** One entry; when {@link EntryPageServlet} renders its shell, the marked entry stands in for a real one. */
    public void loadEntry() {
        if (!loadHeader()) {
            return;
        }
        boolean shell = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .containsKey(EntryPageServlet.RENDERING_SHELL);
        if ((entry = shell ? EntryPageShell.MARKED : find()) == null) {
            notFound();
        }
        cacheFor(3600);
    }

    /** Recomputes the whole chain; the entry (when named) is shown next to the verdict. */
    public void loadChainCheck() {
        if (!loadHeader()) {
            return;
        }
        chainCheck = announcements.checkChain(announcement.id());
        if (no != null && !no.isBlank()) {
            entry = find();
        }
        cacheFor(60);
    }

    private boolean loadHeader() {
        try {
            announcement = lookup.announcement(Long.parseLong(id == null ? "" : id.strip()));
            if (announcement.published()) {
                return true;
            }
        } catch (NumberFormatException | NotFoundException e) {
            // falls through to 404: an unknown id and a draft look the same to the public
        }
        announcement = null;
        notFound();
        return false;
    }

    private AnnouncementEntryView find() {
        try {
            return lookup.entry(announcement.id(), no.strip());
        } catch (NotFoundException e) {
            return null;
        }
    }

    private int pageNumber() {
        try {
            int n = Integer.parseInt(page == null ? "0" : page.strip());
            return n >= 0 && (long) n * PAGE_SIZE < Math.max(announcement.entryCount(), 1) ? n : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void notFound() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    private static void cacheFor(int seconds) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getUserPrincipal() == null) {
            external.setResponseHeader("Cache-Control", "public, max-age=" + seconds);
        }
    }

    public boolean isHasPrevious() { return entries != null && entries.page() > 0; }

    public boolean isHasNext() {
        return entries != null && (long) (entries.page() + 1) * entries.size() < entries.total();
    }

    public int getPageCount() {
        return entries == null ? 0 : (int) Math.max(1, (entries.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<AnnouncementSummary> getList() { return list; }

    public AnnouncementSummary getAnnouncement() { return announcement; }

    public Page<AnnouncementEntryView> getEntries() { return entries; }

    public AnnouncementEntryView getEntry() { return entry; }

    public AnnouncementChain.ChainCheck getChainCheck() { return chainCheck; }

    public String getPeriod() { return period; }

    public void setPeriod(String period) { this.period = period; }

    public String getId() { return id; }

    public void setId(String id) { this.id = id; }

    public String getNo() { return no; }

    public void setNo(String no) { this.no = no; }

    public String getPage() { return page; }

    public void setPage(String page) { this.page = page; }
}
