package id.sofifi.asn.oversight.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Statistik pengaduan of a unit over a period (ASN-RULES §5): cases received, settled (CLOSED), followed up by their
 * follow-up deadline (on time), overdue today (a deadline missed by an unfinished case), and the median of the
 * working days from receipt to follow-up over the cases followed up (null when none was), to one decimal.
 */
public record ComplaintTally(long received, long settled, long onTime, long overdue,
        BigDecimal medianWorkingDaysToFollowUp) {

    public static ComplaintTally of(List<CaseDates> cases, LocalDate today, WorkingCalendar calendar,
            DeadlineRules rules) {
        long settled = cases.stream().filter(c -> c.status() == ComplaintStatus.CLOSED).count();
        long onTime = cases.stream().filter(
                c -> c.followedUpOn() != null && !c.followedUpOn().isAfter(c.deadlines(calendar, rules).followUpBy()))
                .count();
        long overdue = cases.stream().filter(c -> !c.overdue(today, calendar, rules).isEmpty()).count();
        int[] days = cases.stream().filter(c -> c.followedUpOn() != null)
                .mapToInt(c -> calendar.workingDaysBetween(c.receivedOn(), c.followedUpOn())).sorted().toArray();
        return new ComplaintTally(cases.size(), settled, onTime, overdue, median(days));
    }

    private static BigDecimal median(int[] sorted) {
        if (sorted.length == 0) {
            return null;
        }
        int middle = sorted.length / 2;
        BigDecimal twice = BigDecimal
                .valueOf(sorted.length % 2 == 1 ? 2L * sorted[middle] : (long) sorted[middle - 1] + sorted[middle]);
        return twice.divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }
}
