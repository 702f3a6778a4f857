package id.sofifi.asn.oversight.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The days of a case that its deadlines and the statistics read (ASN-RULES §5): its status, the local (WIT) day it
 * was received, routed and followed up (null while not).
 */
public record CaseDates(ComplaintStatus status, LocalDate receivedOn, LocalDate routedOn, LocalDate followedUpOn) {

    public Deadlines deadlines(WorkingCalendar calendar, DeadlineRules rules) {
        return Deadlines.of(receivedOn, routedOn, followedUpOn, calendar, rules);
    }

    /** The steps whose deadline day ended before {@code today} while the step is not done; none for a finished case. */
    public List<Step> overdue(LocalDate today, WorkingCalendar calendar, DeadlineRules rules) {
        if (status.finished()) {
            return List.of();
        }
        Deadlines due = deadlines(calendar, rules);
        return Arrays.stream(Step.values()).filter(step -> !done(step) && today.isAfter(due.of(step))).toList();
    }

    private boolean done(Step step) {
        return switch (step) {
            case ROUTE -> routedOn != null;
            case FOLLOW_UP -> followedUpOn != null;
            case CLOSE, SETTLE -> false;
        };
    }
}
