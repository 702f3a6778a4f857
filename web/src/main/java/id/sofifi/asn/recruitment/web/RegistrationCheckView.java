package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.recruitment.application.AdministrationAnnouncementService;
import id.sofifi.asn.recruitment.application.AnnouncementView;
import id.sofifi.asn.recruitment.application.PublicRegistration;
import id.sofifi.asn.recruitment.application.RegistrationService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** Public pages anyone may open: the check of a registration card, and the announced administrative result. */
@Named
@RequestScoped
public class RegistrationCheckView {
    @EJB
    RegistrationService registrations;

    @EJB
    AdministrationAnnouncementService announcements;

    private static final int SHOWN = 100;

    private String no;
    private String q;
    private String period;
    private PublicRegistration registration;
    private AnnouncementView announcement;

    public void check() {
        registration =
                no == null || no.isBlank() ? null : registrations.verify(no).orElse(null);
    }

    public void loadAnnouncement() {
        announcement = period == null || period.isBlank()
                ? null
                : announcements.latest(period).orElse(null);
    }

    public String getNo() {
        return no;
    }

    public void setNo(String no) {
        this.no = no;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public PublicRegistration getRegistration() {
        return registration;
    }

    public AnnouncementView getAnnouncement() {
        return announcement;
    }

    /** The entries matching the search (registration number or name), at most {@value #SHOWN} of them. */
    public List<AnnouncementView.Entry> getEntries() {
        if (announcement == null) {
            return List.of();
        }
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        return announcement.entries().stream()
                .filter(e -> needle.isEmpty()
                        || e.registrationNumber().toLowerCase(Locale.ROOT).contains(needle)
                        || e.fullName().toLowerCase(Locale.ROOT).contains(needle))
                .limit(SHOWN)
                .toList();
    }

    public int getShown() {
        return SHOWN;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
