package id.sofifi.asn.workforce.batch;

import id.sofifi.asn.jobs.batch.ImportRowErrors;
import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import id.sofifi.asn.workforce.domain.ImportedEmployee;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one row: its fields (§1.1 NIK, §4 NIP), its work unit among recruitment's, and that neither its NIP nor
 * its NIK appeared earlier in the same file. A bad row is filtered out with its errors kept.
 */
@Named
@Dependent
public class EmployeeImportProcessor implements ItemProcessor {
    @Inject
    WorkUnitRepository units;

    @Inject
    ImportRowErrors errors;

    /** Work unit ids by code, empty for an unknown code; a file names a handful of units many times. */
    private final Map<String, Optional<Long>> unitIds = new HashMap<>();
    private final Map<String, Long> nipsSeen = new HashMap<>();
    private final Map<String, Long> niksSeen = new HashMap<>();

    @Override
    public Object processItem(Object item) throws SQLException {
        CsvReader.Row row = (CsvReader.Row) item;
        Violations violations = new Violations();
        Optional<ImportedEmployee> parsed = ImportedEmployee.parse(row, violations);
        Optional<Long> unitId = Optional.empty();
        if (parsed.isPresent()) {
            ImportedEmployee employee = parsed.get();
            unitId = unitIds.computeIfAbsent(employee.workUnitCode(), code -> units.findByCode(code).map(WorkUnit::id));
            violations.check(unitId.isPresent(), "work_unit", "employee.workUnitUnknown", employee.workUnitCode());
            Long earlier = nipsSeen.putIfAbsent(employee.nip().value(), row.line());
            violations.check(earlier == null, "nip", "employee.duplicateNip", earlier);
            Long sameNik = niksSeen.putIfAbsent(employee.nik().value(), row.line());
            violations.check(sameNik == null || earlier != null, "nik", "import.duplicateNik", sameNik);
        }
        if (!violations.isEmpty()) {
            errors.record(row.line(), violations.found());
            return null;
        }
        return new EmployeeImportItem(parsed.get(), unitId.get());
    }

    /** A valid row with its work unit resolved. */
    public record EmployeeImportItem(ImportedEmployee employee, long workUnitId) {
    }
}
