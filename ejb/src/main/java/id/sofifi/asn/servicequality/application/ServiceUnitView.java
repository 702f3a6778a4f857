package id.sofifi.asn.servicequality.application;

import java.io.Serializable;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.servicequality.domain.ServiceUnit;

/** A service unit as screens and the API show it, with its work unit and the minimum sample of its N. */
public record ServiceUnitView(String code, String name, String workUnitCode, String workUnitName, int annualUsers,
        int minimumSample) implements Serializable {
    static ServiceUnitView of(ServiceUnit unit, WorkUnit workUnit) {
        return new ServiceUnitView(unit.code(), unit.name(), workUnit.code(), workUnit.name(), unit.annualUsers(),
                unit.minimumSample());
    }
}
