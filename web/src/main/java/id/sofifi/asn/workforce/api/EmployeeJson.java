package id.sofifi.asn.workforce.api;

import id.sofifi.asn.workforce.application.EmployeeSummary;

/** An employee as API-CONTRACT "Workforce" shows them: the work unit by its code; never the NIK. */
public record EmployeeJson(String nip, String name, String employmentType, String position, String workUnit,
        String appointedOn) {
    static EmployeeJson of(EmployeeSummary e) {
        return new EmployeeJson(e.nip(), e.name(), e.employmentType().name(), e.position(), e.workUnitCode(),
                e.appointedOn().toString());
    }
}
