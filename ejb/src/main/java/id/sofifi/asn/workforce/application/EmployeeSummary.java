package id.sofifi.asn.workforce.application;

import java.io.Serializable;
import id.sofifi.asn.workforce.domain.EmploymentType;
import java.time.LocalDate;

/** An employee as lists show them: never the NIK. */
public record EmployeeSummary(String nip, String name, EmploymentType employmentType, String position,
        String workUnitCode, String workUnitName, LocalDate appointedOn) implements Serializable {
}
