package id.sofifi.asn.oversight.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Eskalasi (ASN-RULES §5: "a missed deadline escalates, to the unit's head, then to the inspectorate"). The rules
 * name the order, not the days, so the days are ours [P]: the head hears on the first day after the deadline's day
 * ended, the inspectorate when the step is still not done {@code inspectorateAfterDays} working days after its
 * deadline (default 5, one follow-up period). Closing is not escalated: a case whose reporter did not answer in time
 * simply closes. What is due depends only on the deadlines, the calendar and today, so a sweep that missed days (the
 * server was down) catches up and a sweep run twice finds the same answer.
 */
public record EscalationLadder(int inspectorateAfterDays) {
    public static final EscalationLadder DEFAULT = new EscalationLadder(5);

    public EscalationLadder {
        if (inspectorateAfterDays < 1) {
            throw new IllegalArgumentException("the inspectorate's delay must be at least one working day");
        }
    }

    /** One escalation that is due: the missed step and who hears of it. */
    public record Due(Step step, EscalationLevel level) {
    }

    /** The escalations due on {@code today} for the steps {@code overdue} lists, given the case's deadlines. */
    public List<Due> due(List<Step> overdue, Deadlines deadlines, LocalDate today, WorkingCalendar calendar) {
        List<Due> due = new ArrayList<>();
        for (Step step : overdue) {
            if (step == Step.CLOSE) {
                continue;
            }
            due.add(new Due(step, EscalationLevel.HEAD));
            if (today.isAfter(calendar.workingDaysAfter(deadlines.of(step), inspectorateAfterDays))) {
                due.add(new Due(step, EscalationLevel.INSPECTORATE));
            }
        }
        return due;
    }
}
