package id.sofifi.asn.oversight.domain;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Tenggat (ASN-RULES §5, exactly): {@code routeBy} is the routeDays-th working day after the local receipt date;
 * {@code followUpBy} counts from the day the case was routed, or from {@code routeBy} while it is not;
 * {@code closeAfter} counts from the day of the follow-up, or from {@code followUpBy} while there is none;
 * {@code settleBy} is the receipt date plus settleDays calendar days.
 */
public record Deadlines(LocalDate routeBy, LocalDate followUpBy, LocalDate closeAfter,
        LocalDate settleBy) implements Serializable {

    public static Deadlines of(LocalDate receivedOn, LocalDate routedOn, LocalDate followedUpOn,
            WorkingCalendar calendar, DeadlineRules rules) {
        LocalDate routeBy = calendar.workingDaysAfter(receivedOn, rules.routeDays());
        LocalDate followUpBy = calendar.workingDaysAfter(routedOn != null ? routedOn : routeBy, rules.followUpDays());
        LocalDate closeAfter = calendar.workingDaysAfter(followedUpOn != null ? followedUpOn : followUpBy,
                rules.closeDays());
        return new Deadlines(routeBy, followUpBy, closeAfter, receivedOn.plusDays(rules.settleDays()));
    }

    public LocalDate of(Step step) {
        return switch (step) {
            case ROUTE -> routeBy;
            case FOLLOW_UP -> followUpBy;
            case CLOSE -> closeAfter;
            case SETTLE -> settleBy;
        };
    }
}
