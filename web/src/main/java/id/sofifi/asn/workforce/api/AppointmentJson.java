package id.sofifi.asn.workforce.api;

import id.sofifi.asn.kernel.Violations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code {"appointedOn":"2027-03-01"}}: the TMT CPNS of the appointees, an ISO date. */
public record AppointmentJson(String appointedOn) {

    /** The TMT, or a 400 naming field {@code appointedOn} when it is missing or not a date. */
    static LocalDate tmt(AppointmentJson body) {
        Violations v = new Violations();
        String text = body == null ? null : body.appointedOn();
        LocalDate tmt = null;
        if (v.require(text, "appointedOn")) {
            try {
                tmt = LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                v.check(false, "appointedOn", "validation.date");
            }
        }
        v.throwIfAny();
        return tmt;
    }
}
