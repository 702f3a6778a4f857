package id.sofifi.asn.performance.domain;

import id.sofifi.asn.jobs.csv.CsvFields;
import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.workforce.domain.Nip;
import java.util.List;
import java.util.Optional;

/**
 * One row of an assessment import from another appraisal system (API-CONTRACT {@code skp-imports}): the employee, the
 * year and period, the two ratings and the evaluating official, who is not the employee (ASN-RULES §2). The year is
 * from the first year of SKP ({@link SkpPlan#FIRST_YEAR}) to the current year. The predicate follows from the ratings.
 * Whether both NIPs are employees' the job asks of what is stored.
 */
public record ImportedAssessment(long line, Nip nip, int year, AssessmentPeriod period, Ratings ratings,
        Nip evaluatorNip) {
    public static final List<String> COLUMNS = List.of("nip", "year", "period", "results", "behaviour",
            "evaluator_nip");

    /** The row's assessment, or empty with every problem recorded in {@code violations}. */
    public static Optional<ImportedAssessment> parse(CsvReader.Row row, int currentYear, Violations violations) {
        if (!row.complete(violations)) {
            return Optional.empty();
        }
        Optional<Nip> nip = Nip.check(row.get("nip"), null, null, null, "nip", violations);
        Integer year = CsvFields.integer(row.get("year"), "year", violations);
        if (year != null) {
            violations.range(year, "year", SkpPlan.FIRST_YEAR, currentYear);
        }
        AssessmentPeriod period = CsvFields.choice(row.get("period"), AssessmentPeriod.class, "period", violations);
        Rating results = CsvFields.choice(row.get("results"), Rating.class, "results", violations);
        Rating behaviour = CsvFields.choice(row.get("behaviour"), Rating.class, "behaviour", violations);
        Optional<Nip> evaluator = Nip.check(row.get("evaluator_nip"), null, null, null, "evaluator_nip", violations);
        if (nip.isPresent() && evaluator.isPresent()) {
            SkpPlan.checkEvaluator(nip.get().value(), evaluator.get().value(), "evaluator_nip", violations);
        }
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ImportedAssessment(row.line(), nip.get(), year, period, Ratings.of(results, behaviour),
                evaluator.get()));
    }

    /** What makes a re-sent row the same assessment: NIP, year and period. */
    public String key() {
        return key(nip.value(), year, period.name());
    }

    /** The key of a stored assessment, to compare with a row's. */
    public static String key(String nip, int year, String period) {
        return nip.strip() + "|" + year + "|" + period;
    }

    public Predicate predicate() {
        return ratings.predicate();
    }
}
