package id.sofifi.asn.development.web;

import id.sofifi.asn.development.application.AttendanceService;
import id.sofifi.asn.development.application.AttendanceSheet;
import id.sofifi.asn.development.domain.AttendanceRate;
import id.sofifi.asn.platform.web.Formats;
import id.sofifi.asn.platform.web.Texts;
import id.sofifi.asn.platform.web.UseCase;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Presensi section of the staff training page: choose a session (a day of the training), tick who was present,
 * save; each attendee's rate over the recorded sessions, which the completion dialog shows as a hint. The training
 * is the one {@link TrainingPageView} loaded from the address.
 */
@Named
@ViewScoped
public class TrainingAttendanceView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    AttendanceService attendance;

    @Inject
    TrainingPageView page;

    @Inject
    Formats fmt;

    private LocalDate sessionOn;
    private AttendanceSheet sheet;
    private List<Mark> marks = List.of();

    /** A row of the register as the screen edits it: unrecorded marks start as absent. */
    public static final class Mark implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String nip;
        private final String name;
        private boolean present;

        Mark(AttendanceSheet.Line line) {
            this.nip = line.nip();
            this.name = line.name();
            this.present = Boolean.TRUE.equals(line.present());
        }

        public String getNip() { return nip; }

        public String getName() { return name; }

        public boolean isPresent() { return present; }

        public void setPresent(boolean present) { this.present = present; }
    }

    /** The view action after the page's own: the register of the chosen session (the first at first). */
    public void load() {
        if (page.getTraining() == null) {
            return;
        }
        show(attendance.sheet(page.getCode(), sessionOn));
    }

    public void save() {
        Map<String, Boolean> presence = new LinkedHashMap<>();
        marks.forEach(m -> presence.put(m.nip, m.present));
        UseCase.run(() -> show(attendance.record(page.getCode(), sessionOn, presence)), "attendance.saved",
                fmt.day(sessionOn));
    }

    /** "2 / 3 (67%)" of an attendee, or a dash while none of their sessions is recorded. */
    public String rate(String nip) {
        if (sheet == null) {
            return "";
        }
        return sheet.attendees().stream().filter(l -> l.nip().equals(nip)).findFirst().map(l -> text(l.rate()))
                .orElse("");
    }

    /** The completion dialog's hint: the attendee's rate, to weigh before a pass is given. */
    public String hint(String nip) {
        return nip == null ? "" : Texts.text(Formats.locale(), "attendance.hint", rate(nip));
    }

    private static String text(AttendanceRate rate) {
        return rate.percent() == null
                ? Texts.text(Formats.locale(), "attendance.noneRecorded")
                : Texts.text(Formats.locale(), "attendance.rate", rate.present(), rate.recorded(), rate.percent());
    }

    private void show(AttendanceSheet loaded) {
        sheet = loaded;
        sessionOn = loaded.sessionOn();
        marks = loaded.attendees().stream().map(Mark::new).toList();
    }

    public AttendanceSheet getSheet() { return sheet; }

    public List<Mark> getMarks() { return marks; }

    public LocalDate getSessionOn() { return sessionOn; }

    public void setSessionOn(LocalDate sessionOn) { this.sessionOn = sessionOn; }
}
