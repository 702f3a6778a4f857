package id.sofifi.asn.workforce.domain;

import java.time.LocalDate;

/**
 * Published language of workforce: an applicant who passed a selection was appointed CPNS. Fired in the
 * transaction that stores the employee, so an observer (recruitment puts the appointment on the applicant's
 * timeline) commits or rolls back with it. Carries numbers only, never entities.
 */
public record EmployeeAppointed(String registrationNumber, String nip, LocalDate appointedOn) {
}
