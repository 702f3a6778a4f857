package id.sofifi.asn.oversight.application;

import java.io.Serializable;
import id.sofifi.asn.oversight.domain.ComplaintKind;
import id.sofifi.asn.oversight.domain.ComplaintStatus;
import id.sofifi.asn.oversight.domain.Deadlines;
import id.sofifi.asn.oversight.domain.Privacy;
import id.sofifi.asn.oversight.domain.Step;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A case as its reader may see it: {@code reporter} is null in every answer but staff's (§5: the identity is never
 * public, and for ANONYMOUS never shown to the unit either).
 */
public record ComplaintView(String trackingCode, ComplaintKind kind, Privacy privacy, String title, String body,
        ComplaintStatus status, String workUnitCode, String workUnitName, String serviceUnitCode, Instant receivedAt,
        Deadlines deadlines, List<Step> overdue, List<Event> timeline, ReporterView reporter) implements Serializable {

    /** One timeline entry. */
    public record Event(Instant at, String kind, ComplaintStatus status, String note) implements Serializable {
    }

    /** The reporter's identity, for staff only. */
    public record ReporterView(String name, String email, String phone) implements Serializable {
        /** Name, e-mail and phone as one line, leaving out what was not given; empty when nothing was. */
        public String summary() {
            return Stream.of(name, email, phone).filter(Objects::nonNull).collect(Collectors.joining(" · "));
        }
    }

    /** Whether the deadline of the step named (ROUTE, FOLLOW_UP, CLOSE, SETTLE) is missed, for screens. */
    public boolean missed(String step) {
        return overdue.stream().anyMatch(s -> s.name().equals(step));
    }

    /** The same case without the reporter, what the audit digest and every public answer carry. */
    public ComplaintView withoutReporter() {
        return new ComplaintView(trackingCode, kind, privacy, title, body, status, workUnitCode, workUnitName,
                serviceUnitCode, receivedAt, deadlines, overdue, timeline, null);
    }
}
