package id.sofifi.asn.oversight.batch;

import id.sofifi.asn.jobs.batch.ImportRowErrors;
import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.oversight.domain.ImportedComplaint;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one forwarded case: its fields ({@link ImportedComplaint}), that its work unit exists (as the public form
 * asks) and that its tracking code did not appear earlier in the file. A bad row is filtered out with its errors.
 */
@Named
@Dependent
public class ComplaintImportProcessor implements ItemProcessor {
    @Inject
    WorkUnitRepository workUnits;

    @Inject
    ImportRowErrors errors;

    @Inject
    Clock clock;

    /** Units by code, empty for an unknown code; a forward names a few units many times. */
    private final Map<String, Optional<WorkUnit>> byCode = new HashMap<>();
    private final Map<String, Long> codesSeen = new HashMap<>();

    @Override
    public Object processItem(Object item) throws SQLException {
        CsvReader.Row row = (CsvReader.Row) item;
        Violations violations = new Violations();
        Optional<ImportedComplaint> parsed = ImportedComplaint.parse(row, clock.instant(), violations);
        Optional<WorkUnit> unit = parsed
                .flatMap(c -> byCode.computeIfAbsent(c.filing().workUnitCode(), workUnits::findByCode));
        parsed.ifPresent(c -> {
            violations.check(unit.isPresent(), "work_unit", "complaint.unknownWorkUnit", c.filing().workUnitCode());
            Long earlier = codesSeen.putIfAbsent(c.trackingCode(), row.line());
            violations.check(earlier == null, "tracking_code", "complaint.duplicateRow", earlier);
        });
        if (!violations.isEmpty()) {
            errors.record(row.line(), violations.found());
            return null;
        }
        return new ForwardedComplaint(parsed.get(), unit.get().id());
    }
}
