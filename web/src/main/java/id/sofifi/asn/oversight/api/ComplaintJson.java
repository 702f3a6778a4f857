package id.sofifi.asn.oversight.api;

import id.sofifi.asn.oversight.application.ComplaintView;
import id.sofifi.asn.oversight.domain.Deadlines;
import id.sofifi.asn.platform.api.WitTime;
import java.util.List;

/**
 * A complaint as the contract writes it: deadlines as local dates, the missed steps in {@code overdue}, the
 * timeline; {@code reporter} only for staff, {@code secret} only in the answer to filing.
 */
public record ComplaintJson(String trackingCode, String kind, String privacy, String title, String body, String status,
        WorkUnitJson workUnit, String serviceUnitCode, String receivedAt, DeadlinesJson deadlines, List<String> overdue,
        List<EventJson> timeline, ReporterJson reporter, String secret) {

    public record WorkUnitJson(String code, String name) {
    }

    public record DeadlinesJson(String routeBy, String followUpBy, String closeAfter, String settleBy) {
        static DeadlinesJson of(Deadlines d) {
            return new DeadlinesJson(d.routeBy().toString(), d.followUpBy().toString(), d.closeAfter().toString(),
                    d.settleBy().toString());
        }
    }

    /** One timeline line; {@code event} (FILED, ROUTED, …, ESCALATED_TO_HEAD) adds to the contract's at/status/note. */
    public record EventJson(String at, String event, String status, String note) {
    }

    public record ReporterJson(String name, String email, String phone) {
    }

    static ComplaintJson of(ComplaintView c) {
        return withSecret(c, null);
    }

    static ComplaintJson withSecret(ComplaintView c, String secret) {
        return new ComplaintJson(c.trackingCode(), c.kind().name(), c.privacy().name(), c.title(), c.body(),
                c.status().name(), new WorkUnitJson(c.workUnitCode(), c.workUnitName()), c.serviceUnitCode(),
                WitTime.iso(c.receivedAt()), DeadlinesJson.of(c.deadlines()),
                c.overdue().stream().map(Enum::name).toList(),
                c.timeline().stream()
                        .map(e -> new EventJson(WitTime.iso(e.at()), e.kind(), e.status().name(), e.note())).toList(),
                c.reporter() == null
                        ? null
                        : new ReporterJson(c.reporter().name(), c.reporter().email(), c.reporter().phone()),
                secret);
    }
}
