package id.sofifi.asn.selection.domain;

import id.sofifi.asn.jobs.csv.CsvFields;
import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.recruitment.domain.ImportedApplication;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One row of a CAT BKN SKD result export (API-CONTRACT {@code skd-score-imports}). Subtest scores are
 * checked by §1.3 only for those present; for TH and DIS they are not kept, whatever the export wrote.
 */
public record ImportedSkdScore(long line, String registrationNumber, Attendance attendance,
        SkdScore score) implements ImportedScore {
    public static final List<String> COLUMNS = List.of("registration_number", "twk", "tiu", "tkp", "attendance");

    /** The row's score, or empty with every problem recorded in {@code violations}. */
    public static Optional<ImportedSkdScore> parse(CsvReader.Row row, Violations violations) {
        if (!row.complete(violations)) {
            return Optional.empty();
        }
        String number = ImportedApplication.registrationNumber(row, violations);
        Attendance attendance = CsvFields.choice(row.get("attendance"), Attendance.class, "attendance", violations);
        SkdScore score = null;
        if (attendance == Attendance.PRESENT) {
            Integer twk = CsvFields.integer(row.get("twk"), "twk", violations);
            Integer tiu = CsvFields.integer(row.get("tiu"), "tiu", violations);
            Integer tkp = CsvFields.integer(row.get("tkp"), "tkp", violations);
            score = checked(twk, tiu, tkp, violations);
        }
        if (violations.isEmpty()) {
            return Optional.of(new ImportedSkdScore(row.line(), number.toUpperCase(Locale.ROOT), attendance, score));
        }
        return Optional.empty();
    }

    /**
     * The score, checked once: a row whose three values were read is checked by building the score (a bad one is
     * rare, so its exception costs nothing worth saving); a row missing one still learns what is wrong with the
     * others.
     */
    private static SkdScore checked(Integer twk, Integer tiu, Integer tkp, Violations violations) {
        if (twk == null || tiu == null || tkp == null) {
            violations.addAll(SkdScore.check(twk, tiu, tkp));
            return null;
        }
        try {
            return new SkdScore(twk, tiu, tkp);
        } catch (ValidationFailure e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    /**
     * The record's own form, written out: the audit digest of every imported chunk hashes it, so it must not
     * change; on Java 17 the generated {@code toString} goes through {@code String.format}, which was a third of
     * the import thread's CPU (docs/benchmarks.md, "SKD import without the foreign key").
     */
    @Override
    public String toString() {
        return "ImportedSkdScore[line=" + line + ", registrationNumber=" + registrationNumber + ", attendance="
                + attendance + ", score=" + score + "]";
    }
}
