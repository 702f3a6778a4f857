package id.sofifi.asn.workforce.application;

import java.io.Serializable;
import id.sofifi.asn.workforce.domain.Employee;
import id.sofifi.asn.workforce.domain.EmploymentType;
import java.time.LocalDate;

/** What other contexts may know of an employee: development counts JP and Latsar from the type and TMT. */
public record EmployeeFacts(String nip, String fullName, EmploymentType employmentType, LocalDate appointedOn,
        String position, Long workUnitId, String email) implements Serializable {

    static EmployeeFacts of(Employee e) {
        return new EmployeeFacts(e.nip().value(), e.fullName(), e.employmentType(), e.appointedOn(), e.position(),
                e.workUnitId(), e.email());
    }
}
