package id.sofifi.asn.development.domain;

import id.sofifi.asn.jobs.csv.CsvFields;
import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.workforce.domain.Nip;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One row of a training record import (API-CONTRACT {@code training-record-imports}): a training an employee
 * completed, as a partner reports it. With a {@code training_code} it is a training held here, whose title and
 * competence the job takes from the training; without, a training held elsewhere, whose {@code title} and
 * {@code competence} the row must give ({@code LATSAR} marks an external Latsar). JP by {@link Jp}; the completion
 * date is an ISO date, not after {@code today} (WIT). Whether the NIP and the training are known is for the job to
 * say, against what is stored.
 *
 * @param partnerName the partner of a training held here; null for one held elsewhere
 * @param competence null for an external Latsar
 */
public record ImportedTrainingRecord(long line, Nip nip, String trainingCode, String title, String partnerName,
        Competence competence, boolean latsar, Jp jp, LocalDate completedOn, String certificateNumber) {
    public static final List<String> COLUMNS = List.of("nip", "training_code", "title", "competence", "jp",
            "completed_on", "certificate_number");
    /** The competence with which a row reports a Latsar held elsewhere. */
    public static final String LATSAR = "LATSAR";
    static final int TITLE_MIN = 3;
    static final int TEXT_MAX = 200;
    static final int CERTIFICATE_MAX = 40;
    static final int CODE_MAX = 30;

    /** The row's record, or empty with every problem recorded in {@code violations}. */
    public static Optional<ImportedTrainingRecord> parse(CsvReader.Row row, LocalDate today, Violations violations) {
        if (!row.complete(violations)) {
            return Optional.empty();
        }
        Optional<Nip> nip = Nip.check(row.get("nip"), null, null, null, "nip", violations);
        String code = row.get("training_code");
        violations.check(code == null || code.length() <= CODE_MAX, "training_code", "validation.length", 1, CODE_MAX);
        Competence competence = null;
        boolean latsar = false;
        if (code == null) {
            violations.text(row.get("title"), "title", TITLE_MIN, TEXT_MAX);
            String area = row.get("competence");
            latsar = LATSAR.equalsIgnoreCase(area);
            if (violations.require(area, "competence") && !latsar) {
                competence = Arrays.stream(Competence.values()).filter(c -> c.name().equalsIgnoreCase(area)).findFirst()
                        .orElse(null);
                violations.check(competence != null, "competence", "trainingRecord.competence", area);
            }
        }
        Jp jp = Jp.parse(row.get("jp"), "jp", violations);
        LocalDate completedOn = CsvFields.date(row.get("completed_on"), "completed_on", violations);
        violations.check(completedOn == null || !completedOn.isAfter(today), "completed_on",
                "trainingRecord.completedInFuture", today);
        String certificate = row.get("certificate_number");
        violations.check(certificate == null || certificate.length() <= CERTIFICATE_MAX, "certificate_number",
                "validation.length", 1, CERTIFICATE_MAX);
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new ImportedTrainingRecord(row.line(), nip.get(), code == null ? null : code.toUpperCase(Locale.ROOT),
                        row.get("title"), null, competence, latsar, jp, completedOn, certificate));
    }

    /** The same completion with what a training held here says of itself: its code, title, competence, Latsar. */
    public ImportedTrainingRecord of(Training training) {
        return new ImportedTrainingRecord(line, nip, training.code(), training.title(), training.partner().name(),
                training.competence(), training.latsar(), jp, completedOn, certificateNumber);
    }

    /** What makes a re-sent row the same completion: NIP, training (or title held elsewhere) and date. */
    public String key() {
        return key(nip.value(), trainingCode, title, completedOn);
    }

    /** The key of a stored completion, to compare with a row's. */
    public static String key(String nip, String trainingCode, String title, LocalDate completedOn) {
        return nip + "|" + (trainingCode == null ? "title:" + title : trainingCode) + "|" + completedOn;
    }
}
