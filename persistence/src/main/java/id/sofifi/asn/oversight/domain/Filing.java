package id.sofifi.asn.oversight.domain;

import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.kernel.Violations;

/** What a reporter sends (the body of {@code POST /complaints} and the form on /lapor), before it is a case. */
public record Filing(ComplaintKind kind, Privacy privacy, String title, String body, String workUnitCode,
        String serviceUnitCode, Reporter reporter) {

    public Filing {
        workUnitCode = Codes.normalize(workUnitCode);
        serviceUnitCode = serviceUnitCode == null || serviceUnitCode.isBlank()
                ? null
                : Codes.normalize(serviceUnitCode);
        reporter = reporter == null ? new Reporter(null, null, null) : reporter;
    }

    /** Every field mistake, named as in the API contract. */
    public Violations check() {
        Violations v = new Violations();
        v.require(kind, "kind");
        v.require(privacy, "privacy");
        v.text(title, "title", 5, 200);
        v.text(body, "body", 10, 5000);
        v.require(workUnitCode, "workUnitCode");
        v.check(serviceUnitCode == null || serviceUnitCode.length() <= 30, "serviceUnitCode", "validation.length", 1,
                30);
        reporter.check(v, "reporter");
        return v;
    }
}
