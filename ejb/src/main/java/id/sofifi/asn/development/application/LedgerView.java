package id.sofifi.asn.development.application;

import id.sofifi.asn.development.domain.Competence;
import id.sofifi.asn.development.domain.Jp;
import id.sofifi.asn.development.domain.JpLedger;
import id.sofifi.asn.development.domain.TrainingRecord;
import java.time.LocalDate;
import java.util.List;

/** An employee's JP ledger of one year with their Latsar state (API-CONTRACT: employee development). */
public record LedgerView(String nip, JpLedger ledger, Latsar latsar, List<Line> records) {

    /** Whether Latsar is required of the employee, by when, when it was done, and whether it is overdue. */
    public record Latsar(boolean required, LocalDate dueOn, LocalDate completedOn, boolean overdue) {
    }

    /** One completed training of the year. */
    public record Line(String title, Competence competence, Jp jp, LocalDate completedOn, String certificateNumber) {
        static Line of(TrainingRecord r) {
            return new Line(r.title(), r.competence(), r.jp(), r.completedOn(), r.certificateNumber());
        }
    }
}
