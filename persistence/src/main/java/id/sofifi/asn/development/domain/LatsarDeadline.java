package id.sofifi.asn.development.domain;

import id.sofifi.asn.workforce.domain.EmploymentType;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * Batas Latsar: a CPNS must complete Latsar (basic training) within the one-year probation, that is by the day
 * before the first anniversary of their TMT CPNS (ASN-RULES §4). A TMT of 29 February has its anniversary on
 * 1 March, so the due date is 28 February. PNS and PPPK staff have no Latsar due date.
 */
public final class LatsarDeadline {
    private LatsarDeadline() {
    }

    public static Optional<LocalDate> dueOn(EmploymentType type, LocalDate tmtCpns) {
        if (type != EmploymentType.CPNS) {
            return Optional.empty();
        }
        return Optional.of(anniversary(tmtCpns).minusDays(1));
    }

    /**
     * Overdue when the due date has passed on {@code today} (a WIT date) and no Latsar is recorded as completed; a
     * Latsar completed late ends the overdue state, as the rule asks only whether it is recorded.
     */
    public static boolean overdue(Optional<LocalDate> dueOn, Optional<LocalDate> completedOn, LocalDate today) {
        return dueOn.isPresent() && completedOn.isEmpty() && today.isAfter(dueOn.get());
    }

    private static LocalDate anniversary(LocalDate tmt) {
        boolean leapDay = tmt.getMonth() == Month.FEBRUARY && tmt.getDayOfMonth() == 29;
        return leapDay ? LocalDate.of(tmt.getYear() + 1, Month.MARCH, 1) : tmt.plusYears(1);
    }
}
