package id.sofifi.asn.workforce.domain;

import java.util.Set;

/**
 * Which employees a list shows: those placed in one of {@code workUnitIds} (null: any unit), of one employment
 * type (null: any), whose name or NIP contains {@code text} (blank: any).
 */
public record EmployeeFilter(Set<Long> workUnitIds, EmploymentType employmentType, String text) {
}
