package id.sofifi.asn.oversight.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.oversight.domain.CaseDates;
import id.sofifi.asn.oversight.domain.ComplaintRepository;
import id.sofifi.asn.oversight.domain.ComplaintTally;
import id.sofifi.asn.oversight.domain.DashboardPeriod;
import id.sofifi.asn.oversight.domain.DashboardRows;
import id.sofifi.asn.oversight.domain.DeadlineRules;
import id.sofifi.asn.oversight.domain.PublicHolidayRepository;
import id.sofifi.asn.oversight.domain.WorkingCalendar;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Statistik pengaduan for other contexts (the periodic evaluation report): the figures of a work unit's cases over a
 * period, by the §5 deadlines and working calendar, read in one statement over the cases; and the public dashboard
 * (dasbor pengaduan) of every unit at once.
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
    WorkUnitRepository workUnits;

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

    /**
     * The public dashboard: received {@code from} to {@code to} (WIT days, both included; by default this year so far)
     * about {@code workUnitCode} (blank: the whole province), a row per unit directly under it (per OPD for the
     * province) and the total, overdue as of today. Refused with the field named: a period ending before it starts,
     * an unknown unit.
     */
    @PermitAll
    public ComplaintDashboard dashboard(String workUnitCode, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(Wit.ZONE));
        DashboardPeriod period = DashboardPeriod.thisYearSoFar(today);
        LocalDate start = from == null ? period.from() : from;
        LocalDate end = to == null ? period.to() : to;
        String code = workUnitCode == null || workUnitCode.isBlank() ? null : workUnitCode.strip();
        Optional<WorkUnit> scope = code == null ? Optional.empty() : workUnits.findByCode(code);
        new Violations().check(!end.isBefore(start), "to", "complaintStatistics.periodReversed")
                .check(code == null || scope.isPresent(), "workUnit", "complaint.unknownWorkUnit", code).throwIfAny();
        Map<String, List<CaseDates>> cases = complaints.casesByUnit(scope.map(WorkUnit::code).orElse(null),
                start.atStartOfDay(Wit.ZONE).toInstant(), end.plusDays(1).atStartOfDay(Wit.ZONE).toInstant());
        WorkingCalendar calendar = holidays.calendarFrom(start);
        DashboardRows rows = new DashboardRows(workUnits.tree(), scope.orElse(null));
        Map<WorkUnit, List<CaseDates>> byRow = new HashMap<>();
        cases.forEach((unit, dates) -> rows.rowOf(unit)
                .ifPresent(row -> byRow.computeIfAbsent(row, r -> new ArrayList<>()).addAll(dates)));
        List<UnitFigures> units = rows.rows().stream().map(row -> new UnitFigures(row.code(), row.name(),
                tally(byRow.getOrDefault(row, List.of()), today, calendar))).toList();
        ComplaintTally total = tally(cases.values().stream().flatMap(Collection::stream).toList(), today, calendar);
        return new ComplaintDashboard(start, end,
                scope.map(unit -> new UnitFigures(unit.code(), unit.name(), total)).orElse(null), units, total);
    }

    private ComplaintTally tally(List<CaseDates> cases, LocalDate today, WorkingCalendar calendar) {
        return ComplaintTally.of(cases, today, calendar, rules);
    }
}
