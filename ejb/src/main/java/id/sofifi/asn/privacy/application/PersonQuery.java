package id.sofifi.asn.privacy.application;

import java.io.Serializable;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.kernel.Violations;
import java.util.stream.Stream;

/**
 * Whose reads a breach report asks for: exactly one of a NIK, a registration number or a NIP. A NIK must be one by
 * §1.1 (its birth date is not known here, so only its shape and structure are checked).
 */
public record PersonQuery(String nik, String registrationNumber, String nip) implements Serializable {
    public PersonQuery {
        nik = blankToNull(nik);
        registrationNumber = blankToNull(registrationNumber);
        nip = blankToNull(nip);
    }

    /** The valid NIK asked for, if a NIK was asked for; refuses a query naming no one or more than one key. */
    Nik validate() {
        Violations violations = new Violations();
        long given = Stream.of(nik, registrationNumber, nip).filter(v -> v != null).count();
        violations.check(given == 1, "nik", "personalData.oneKey");
        violations.throwIfAny();
        Nik valid = nik == null ? null : Nik.check(nik, null, null, "nik", violations).orElse(null);
        violations.throwIfAny();
        return valid;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
