package id.sofifi.asn.performance.domain;

import java.io.Serializable;
import java.util.List;

/** One bound of a unit's distribution curve that its predicates break, as a message key with its arguments. */
public record CurveWarning(String messageKey, List<Object> args) implements Serializable {
    public CurveWarning {
        args = List.copyOf(args);
    }
}
