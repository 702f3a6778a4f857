package id.sofifi.asn.development.api;

import id.sofifi.asn.development.application.ComplianceLine;

/** One line of {@code GET /development/compliance}: JP as strings, as the ledger prints them. */
public record ComplianceJson(String nip, String name, String workUnit, String earnedJp, String requiredJp,
        String shortfallJp, boolean latsarOverdue) {

    static ComplianceJson of(ComplianceLine l) {
        return new ComplianceJson(l.nip(), l.name(), l.workUnitCode(), l.ledger().earned().text(),
                l.ledger().required().text(), l.ledger().shortfall().text(), l.latsarOverdue());
    }
}
