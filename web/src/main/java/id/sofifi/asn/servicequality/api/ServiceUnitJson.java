package id.sofifi.asn.servicequality.api;

import id.sofifi.asn.servicequality.application.ServiceUnitView;

/** A service unit as the API reads and answers it; {@code annualUsers} is the N of the minimum sample. */
public record ServiceUnitJson(String code, String name, String workUnitCode, Integer annualUsers) {
    static ServiceUnitJson of(ServiceUnitView u) {
        return new ServiceUnitJson(u.code(), u.name(), u.workUnitCode(), u.annualUsers());
    }
}
