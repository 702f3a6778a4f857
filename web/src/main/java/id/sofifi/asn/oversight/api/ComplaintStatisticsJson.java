package id.sofifi.asn.oversight.api;

import id.sofifi.asn.oversight.api.ComplaintJson.WorkUnitJson;
import id.sofifi.asn.oversight.application.ComplaintDashboard;
import id.sofifi.asn.oversight.application.UnitFigures;
import id.sofifi.asn.oversight.domain.ComplaintTally;
import java.util.List;

/**
 * The public complaint dashboard as JSON: the period, the unit asked for ({@code workUnit} absent for the province),
 * a line per unit directly under it and the total. The median is a decimal string, absent when nothing was followed
 * up.
 */
public record ComplaintStatisticsJson(String from, String to, WorkUnitJson workUnit, List<UnitJson> units,
        FiguresJson total) {

    public record UnitJson(WorkUnitJson workUnit, FiguresJson figures) {
    }

    public record FiguresJson(long received, long settled, long onTime, long overdue,
            String medianWorkingDaysToFollowUp) {
        static FiguresJson of(ComplaintTally t) {
            return new FiguresJson(t.received(), t.settled(), t.onTime(), t.overdue(),
                    t.medianWorkingDaysToFollowUp() == null ? null : t.medianWorkingDaysToFollowUp().toPlainString());
        }
    }

    static ComplaintStatisticsJson of(ComplaintDashboard d) {
        return new ComplaintStatisticsJson(d.from().toString(), d.to().toString(),
                d.scope() == null ? null : unit(d.scope()),
                d.units().stream().map(u -> new UnitJson(unit(u), FiguresJson.of(u.tally()))).toList(),
                FiguresJson.of(d.total()));
    }

    private static WorkUnitJson unit(UnitFigures u) {
        return new WorkUnitJson(u.code(), u.name());
    }
}
