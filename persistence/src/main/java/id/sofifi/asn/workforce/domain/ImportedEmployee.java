package id.sofifi.asn.workforce.domain;

import id.sofifi.asn.jobs.csv.CsvFields;
import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.EmailAddress;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.kernel.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One row of an employee import (API-CONTRACT {@code employee-imports}): the existing workforce as the personnel
 * system holds it, checked field by field. The NIP must agree with birth date, sex and first appointment (§4),
 * the NIK with birth date and sex (§1.1); dates are ISO {@code yyyy-MM-dd}; the e-mail may be empty. Whether the
 * work unit exists and the NIK belongs to no one else is for the job to say, against what is stored.
 */
public record ImportedEmployee(long line, Nip nip, Nik nik, Employee.Person person, EmploymentType employmentType,
        LocalDate appointedOn, String position, String workUnitCode) {
    public static final List<String> COLUMNS = List.of("nip", "nik", "full_name", "birth_date", "sex",
            "employment_type", "appointed_on", "position", "work_unit", "email");

    /** The row's employee, or empty with every problem recorded in {@code violations}. */
    public static Optional<ImportedEmployee> parse(CsvReader.Row row, Violations violations) {
        if (!row.complete(violations)) {
            return Optional.empty();
        }
        violations.text(row.get("full_name"), "full_name", Employee.NAME_MIN, Employee.TEXT_MAX);
        LocalDate birthDate = CsvFields.date(row.get("birth_date"), "birth_date", violations);
        Sex sex = CsvFields.choice(row.get("sex"), Sex.class, "sex", violations);
        EmploymentType type = CsvFields.choice(row.get("employment_type"), EmploymentType.class, "employment_type",
                violations);
        LocalDate appointedOn = CsvFields.date(row.get("appointed_on"), "appointed_on", violations);
        violations.text(row.get("position"), "position", Employee.POSITION_MIN, Employee.TEXT_MAX);
        violations.require(row.get("work_unit"), "work_unit");
        String email = row.get("email");
        violations.check(email == null || EmailAddress.valid(email), "email", "employee.email");
        Optional<Nik> nik = Nik.check(row.get("nik"), birthDate, sex, "nik", violations);
        Optional<Nip> nip = Nip.check(row.get("nip"), birthDate, sex, appointedOn, "nip", violations);
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ImportedEmployee(row.line(), nip.get(), nik.get(),
                new Employee.Person(row.get("full_name"), birthDate, sex, email), type, appointedOn,
                row.get("position"), row.get("work_unit").toUpperCase(Locale.ROOT)));
    }

    /** Where the employee works, once the work unit's code is resolved to its id. */
    public Employee.Placement placement(long workUnitId) {
        return new Employee.Placement(employmentType, appointedOn, position, workUnitId);
    }
}
