package id.sofifi.asn.development.api;

import id.sofifi.asn.platform.api.JsonDates;
import id.sofifi.asn.development.application.LedgerView;
import id.sofifi.asn.development.domain.ImportedTrainingRecord;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** {@code GET /employees/{nip}/development}: the JP ledger of a year, JP as strings, dates ISO. */
public record LedgerJson(String nip, int year, String earnedJp, String requiredJp, String shortfallJp,
        LatsarJson latsar, List<RecordJson> records) {

    static LedgerJson of(LedgerView v) {
        LedgerView.Latsar l = v.latsar();
        return new LedgerJson(v.nip(), v.ledger().year(), v.ledger().earned().text(), v.ledger().required().text(),
                v.ledger().shortfall().text(),
                new LatsarJson(l.required(), JsonDates.print(l.dueOn()), JsonDates.print(l.completedOn()), l.overdue()),
                v.records().stream().map(RecordJson::of).toList());
    }

    /** Latsar of a CPNS; {@code dueOn} and {@code completedOn} are null when there is none. */
    @JsonbNillable
    public record LatsarJson(boolean required, String dueOn, String completedOn, boolean overdue) {
    }

    /** A Latsar held elsewhere has no competence area; the ledger names it as its import did. */
    private static String competenceOf(LedgerView.Line r) {
        return r.competence() == null ? ImportedTrainingRecord.LATSAR : r.competence().name();
    }

    /** One completed training; {@code certificateNumber} is null for an imported one without. */
    @JsonbNillable
    public record RecordJson(String title, String competence, String jp, String completedOn, String certificateNumber) {
        static RecordJson of(LedgerView.Line r) {
            return new RecordJson(r.title(), competenceOf(r), r.jp().text(), JsonDates.print(r.completedOn()),
                    r.certificateNumber());
        }
    }
}
