package id.sofifi.asn.selection.batch;

import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.selection.domain.ImportedScore;
import id.sofifi.asn.selection.domain.ImportedSkbScore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Optional;

/** SKB rows by ASN-RULES.md §1.6. */
@Named
@Dependent
public class SkbScoreProcessor extends ScoreRowProcessor {
    @Override
    protected Optional<? extends ImportedScore> parse(CsvReader.Row row, Violations violations) {
        return ImportedSkbScore.parse(row, violations);
    }
}
