package id.sofifi.asn.development.api;

import id.sofifi.asn.platform.api.JsonDates;
import id.sofifi.asn.development.application.AttendanceSheet;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * The attendance register of one session ({@code GET /trainings/{code}/attendance?on=}) and, with only
 * {@code attendees[].nip} and {@code attendees[].present}, the body that records it
 * ({@code PUT /trainings/{code}/attendance/{on}}). {@code present} is null for a session not recorded yet; the
 * rate counts the recorded sessions only.
 */
public record AttendanceJson(String trainingCode, List<String> sessions, String sessionOn, List<Attendee> attendees) {

    /** One attendee; {@code present} and {@code ratePercent} are null while nothing is recorded for them. */
    @JsonbNillable
    public record Attendee(String nip, String name, Boolean present, Integer presentSessions, Integer recordedSessions,
            Integer ratePercent) {
    }

    static AttendanceJson of(AttendanceSheet sheet) {
        return new AttendanceJson(sheet.trainingCode(), sheet.sessions().stream().map(JsonDates::print).toList(),
                JsonDates.print(sheet.sessionOn()), sheet.attendees().stream().map(a -> new Attendee(a.nip(), a.name(),
                        a.present(), a.rate().present(), a.rate().recorded(), a.rate().percent())).toList());
    }
}
