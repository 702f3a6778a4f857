package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.jobs.csv.CsvFields;
import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.CodeFormat;
import id.sofifi.asn.kernel.EmailAddress;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.kernel.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One row of an external registration export (API-CONTRACT {@code application-imports}), checked
 * field by field: the NIK by the rules of §1.1, dates as ISO {@code yyyy-MM-dd}, the result MS, TMS or
 * empty (awaits verification here).
 */
public record ImportedApplication(long line, String registrationNumber, Nik nik, String fullName, LocalDate birthDate,
        Sex sex, String formationCode, Qualification qualification, String email, AdministrationResult result) {
    public static final List<String> COLUMNS = List.of("registration_number", "nik", "full_name", "birth_date", "sex",
            "formation_code", "education", "gpa", "email", "administration_result");
    /** Registration numbers as other systems write them. */
    public static final CodeFormat REGISTRATION_NUMBER = new CodeFormat(3, 30);

    /** The row's registration number as written; a malformed one is recorded in {@code violations}. */
    public static String registrationNumber(CsvReader.Row row, Violations violations) {
        String number = row.get("registration_number");
        violations.code(number, "registration_number", REGISTRATION_NUMBER);
        return number;
    }

    /** The row's application, or empty with every problem recorded in {@code violations}. */
    public static Optional<ImportedApplication> parse(CsvReader.Row row, Violations violations) {
        if (!row.complete(violations)) {
            return Optional.empty();
        }
        String number = registrationNumber(row, violations);
        violations.text(row.get("full_name"), "full_name", 2, 200);
        LocalDate birthDate = CsvFields.date(row.get("birth_date"), "birth_date", violations);
        Sex sex = CsvFields.choice(row.get("sex"), Sex.class, "sex", violations);
        violations.require(row.get("formation_code"), "formation_code");
        BigDecimal gpa = CsvFields.decimal(row.get("gpa"), "gpa", violations);
        Qualification qualification = new Qualification(row.get("education"), gpa);
        qualification.validate(violations);
        String email = row.get("email");
        violations.check(email == null || EmailAddress.valid(email), "email", "applicant.email");
        String resultText = row.get("administration_result");
        AdministrationResult result = resultText == null
                ? null
                : CsvFields.choice(resultText, AdministrationResult.class, "administration_result", violations);
        Optional<Nik> nik = Nik.check(row.get("nik"), birthDate, sex, "nik", violations);
        if (violations.isEmpty()) {
            return Optional.of(new ImportedApplication(row.line(), number.toUpperCase(Locale.ROOT), nik.get(),
                    row.get("full_name"), birthDate, sex, row.get("formation_code").toUpperCase(Locale.ROOT),
                    qualification, email == null ? null : email.toLowerCase(Locale.ROOT), result));
        }
        return Optional.empty();
    }
}
