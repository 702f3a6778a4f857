package id.sofifi.asn.workforce.batch;

import id.sofifi.asn.jobs.batch.ImportWriter;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.workforce.batch.EmployeeImportProcessor.EmployeeImportItem;
import id.sofifi.asn.workforce.domain.Employee;
import id.sofifi.asn.workforce.domain.EmployeeRepository;
import id.sofifi.asn.workforce.domain.ImportedEmployee;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a chunk of valid employee rows: a new NIP becomes an employee, a known one is updated (re-sending a row
 * never duplicates it); a NIK held by another NIP, or a known NIP sent with another NIK, is refused per row. It
 * goes through {@link Employee} rather than set-based SQL, so the entity's own rules (lengths, normalised e-mail)
 * are the only ones: a province's workforce is thousands of rows, not the hundred thousand applications that
 * made the application import write in bulk. One audit event per chunk records who imported what.
 */
@Named
@Dependent
public class EmployeeImportWriter extends ImportWriter<EmployeeImportItem> {
    @Inject
    EmployeeRepository employees;

    public EmployeeImportWriter() {
        super("employee.imported", "EmployeeImport", "Impor pegawai");
    }

    @Override
    protected long line(EmployeeImportItem row) {
        return row.employee().line();
    }

    @Override
    protected Stored store(Connection c, List<EmployeeImportItem> items, Instant now) throws SQLException {
        Map<String, Employee> byNip = new HashMap<>();
        Map<String, Employee> byNik = new HashMap<>();
        for (Employee e : employees.findByNipsOrNiks(items.stream().map(i -> i.employee().nip().value()).toList(),
                items.stream().map(i -> i.employee().nik()).toList())) {
            byNip.put(e.nip().value(), e);
            byNik.put(e.nik().value(), e);
        }
        List<ImportedEmployee> stored = new ArrayList<>();
        int added = 0;
        for (EmployeeImportItem item : items) {
            ImportedEmployee row = item.employee();
            Employee known = byNip.get(row.nip().value());
            Employee nikHolder = byNik.get(row.nik().value());
            if (known != null && !known.nik().equals(row.nik())) {
                refuse(row.line(), new Violation("nik", "employee.nikDiffers", List.of(row.nip().value())));
            } else if (nikHolder != null && nikHolder != known) {
                refuse(row.line(), new Violation("nik", "employee.nikTaken", List.of(nikHolder.nip().value())));
            } else if (known != null) {
                known.update(row.person(), row.placement(item.workUnitId()));
                stored.add(row);
            } else {
                employees.add(new Employee(row.nip(), row.nik(), row.person(), row.placement(item.workUnitId()), now));
                stored.add(row);
                added++;
            }
        }
        return new Stored(stored, added + " baru, " + (stored.size() - added) + " diperbarui, "
                + (items.size() - stored.size()) + " ditolak");
    }
}
