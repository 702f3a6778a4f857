package id.sofifi.asn.development.api;

import id.sofifi.asn.development.application.UnitCompliance;

/** One unit of {@code GET /development/compliance/units}: counts, and JP as strings. */
public record UnitComplianceJson(String workUnit, String name, int employees, int meetingRequirement, String earnedJp,
        String requiredJp, String shortfallJp, int latsarOverdue) {

    static UnitComplianceJson of(UnitCompliance u) {
        return new UnitComplianceJson(u.workUnitCode(), u.workUnitName(), u.employees(), u.meeting(), u.earned().text(),
                u.required().text(), u.shortfall().text(), u.latsarOverdue());
    }
}
