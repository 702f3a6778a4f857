package id.sofifi.asn.oversight.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.oversight.domain.ComplaintRepository;
import id.sofifi.asn.oversight.domain.ComplaintTally;
import id.sofifi.asn.oversight.domain.DeadlineRules;
import id.sofifi.asn.oversight.domain.PublicHolidayRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Statistik pengaduan for other contexts (the periodic evaluation report): the figures of a work unit's cases over a
 * period, by the §5 deadlines and working calendar, read in one statement over the cases.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
public class ComplaintStatistics {
    @Inject
    ComplaintRepository complaints;

    @Inject
    PublicHolidayRepository holidays;

    @Inject
    DeadlineRules rules;

    @Inject
    Clock clock;

    /**
     * The cases of {@code workUnitCode} and the units below it received from {@code from} to {@code to} (WIT days,
     * both included), overdue as of today.
     */
    public ComplaintTally of(String workUnitCode, LocalDate from, LocalDate to) {
        return ComplaintTally.of(
                complaints.casesOf(workUnitCode, from.atStartOfDay(Wit.ZONE).toInstant(),
                        to.plusDays(1).atStartOfDay(Wit.ZONE).toInstant()),
                LocalDate.now(clock.withZone(Wit.ZONE)), holidays.calendarFrom(from), rules);
    }
}
