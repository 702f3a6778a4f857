package id.sofifi.asn.workforce.domain;

import java.time.LocalDate;

/** Where an employee stands, without the person's private data: what a report over many employees reads. */
public record EmployeePlacement(String nip, String fullName, EmploymentType employmentType, LocalDate appointedOn,
        String position, Long workUnitId) {
}
