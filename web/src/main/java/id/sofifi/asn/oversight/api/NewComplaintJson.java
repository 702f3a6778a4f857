package id.sofifi.asn.oversight.api;

import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.oversight.domain.ComplaintKind;
import id.sofifi.asn.oversight.domain.Filing;
import id.sofifi.asn.oversight.domain.Privacy;
import id.sofifi.asn.oversight.domain.Reporter;
import id.sofifi.asn.platform.api.EnumFields;

/** The body of {@code POST /complaints}. */
public record NewComplaintJson(String kind, String privacy, String title, String body, String workUnitCode,
        String serviceUnitCode, ReporterJson reporter) {

    /** The reporter's identity as sent; never sent back to the public. */
    public record ReporterJson(String name, String email, String phone) {
    }

    /** The filing, or every field mistake at once (unknown enum values included). */
    Filing filing() {
        Violations v = new Violations();
        ComplaintKind k = EnumFields.parse(ComplaintKind.class, kind, "kind", v);
        Privacy p = EnumFields.parse(Privacy.class, privacy, "privacy", v);
        Filing filing = new Filing(k, p, title, body, workUnitCode, serviceUnitCode,
                reporter == null ? null : new Reporter(reporter.name(), reporter.email(), reporter.phone()));
        v.addAll(filing.check().found()).throwIfAny();
        return filing;
    }
}
