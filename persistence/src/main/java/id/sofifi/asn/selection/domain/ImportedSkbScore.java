package id.sofifi.asn.selection.domain;

import id.sofifi.asn.jobs.csv.CsvFields;
import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.recruitment.domain.ImportedApplication;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One row of an SKB result export (API-CONTRACT {@code skb-score-imports}): the CAT score with its
 * maximum and, where the region added one extra test (§1.6), that score with its maximum.
 */
public record ImportedSkbScore(long line, String registrationNumber, SkbScore score) implements ImportedScore {
    public static final List<String> COLUMNS = List.of("registration_number", "cat_score", "cat_max", "extra_score",
            "extra_max");

    /** The row's score, or empty with every problem recorded in {@code violations}. */
    public static Optional<ImportedSkbScore> parse(CsvReader.Row row, Violations violations) {
        if (!row.complete(violations)) {
            return Optional.empty();
        }
        String number = ImportedApplication.registrationNumber(row, violations);
        BigDecimal catScore = CsvFields.decimal(row.get("cat_score"), "cat_score", violations);
        BigDecimal catMax = CsvFields.decimal(row.get("cat_max"), "cat_max", violations);
        BigDecimal extraScore = CsvFields.optionalDecimal(row.get("extra_score"), "extra_score", violations);
        BigDecimal extraMax = CsvFields.optionalDecimal(row.get("extra_max"), "extra_max", violations);
        if (violations.isEmpty()) {
            violations.addAll(SkbScore.check(catScore, catMax, extraScore, extraMax));
        }
        if (violations.isEmpty()) {
            return Optional.of(new ImportedSkbScore(row.line(), number.toUpperCase(Locale.ROOT),
                    new SkbScore(catScore, catMax, extraScore, extraMax)));
        }
        return Optional.empty();
    }
}
