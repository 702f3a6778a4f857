package id.sofifi.asn.development.application;

import java.io.Serializable;
import id.sofifi.asn.development.domain.Jp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JP compliance of one work unit in a year: how many employees are placed in it, how many meet their
 * requirement, the JP earned and required by all of them, their total shortfall and how many are Latsar overdue.
 */
public record UnitCompliance(String workUnitCode, String workUnitName, int employees, int meeting, Jp earned,
        Jp required, Jp shortfall, int latsarOverdue) implements Serializable {

    /** The summary of each unit the lines name, by unit code. */
    static List<UnitCompliance> byUnit(Collection<ComplianceLine> lines) {
        Map<String, List<ComplianceLine>> units = lines.stream().collect(Collectors.groupingBy(
                l -> l.workUnitCode() == null ? "" : l.workUnitCode(), LinkedHashMap::new, Collectors.toList()));
        return units.values().stream().map(UnitCompliance::of)
                .sorted(Comparator.comparing(UnitCompliance::workUnitCode)).toList();
    }

    private static UnitCompliance of(List<ComplianceLine> lines) {
        ComplianceLine first = lines.get(0);
        return new UnitCompliance(first.workUnitCode() == null ? "" : first.workUnitCode(), first.workUnitName(),
                lines.size(), (int) lines.stream().filter(ComplianceLine::meetsRequirement).count(),
                Jp.sum(lines.stream().map(l -> l.ledger().earned()).toList()),
                Jp.sum(lines.stream().map(l -> l.ledger().required()).toList()),
                Jp.sum(lines.stream().map(l -> l.ledger().shortfall()).toList()),
                (int) lines.stream().filter(ComplianceLine::latsarOverdue).count());
    }

    /** The JP an employee of the unit earned on average, half-up to two decimals. */
    public Jp averageEarned() {
        return average(earned);
    }

    /** The JP an employee of the unit owed on average (less than 20 where many were appointed this year). */
    public Jp averageRequired() {
        return average(required);
    }

    private Jp average(Jp total) {
        return new Jp(total.value().divide(BigDecimal.valueOf(employees), 2, RoundingMode.HALF_UP));
    }
}
