package id.sofifi.asn.development.application;

import java.io.Serializable;
import id.sofifi.asn.development.domain.AttendanceRate;
import java.time.LocalDate;
import java.util.List;

/**
 * The attendance register (daftar hadir) of one session of a training: its sessions to choose from, the chosen
 * one, and a line per attendee with the mark of that session (null while not recorded) and their rate so far.
 */
public record AttendanceSheet(String trainingCode, List<LocalDate> sessions, LocalDate sessionOn,
        List<Line> attendees) implements Serializable {
    public AttendanceSheet {
        sessions = List.copyOf(sessions);
        attendees = List.copyOf(attendees);
    }

    /** One attendee: present at this session (true, false, or null when not recorded) and the rate over all. */
    public record Line(String nip, String name, Boolean present, AttendanceRate rate) implements Serializable {
    }
}
