package id.sofifi.asn.performance.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.performance.domain.Predicate;
import id.sofifi.asn.performance.domain.UnitRating;
import id.sofifi.asn.performance.domain.UnitRatingRepository;
import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Kurva distribusi on the screens (ASN-RULES §2, issue 11): the BKD records each unit's own rating of a year, and
 * sees every rated unit whose staff's annual predicates break the curve of that rating; a unit head sees the warnings
 * of their unit for last year and this year, while the annual results can still change. Only warns: whoever decides
 * changes the ratings on the rating screen.
 */
@Stateless
public class UnitCurveService {
    @Inject
    UnitRatingRepository ratings;

    @Inject
    WorkUnitRepository units;

    @EJB
    AssessmentService assessments;

    @Inject
    EmployeeDirectory employees;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Records the unit's own rating of {@code year}; answers its curve. Refused by field: an unknown unit
     * ({@code workUnitCode}), no rating ({@code unitRating}), a year outside SKP ({@code year}).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public UnitCurve rate(String workUnitCode, int year, Predicate rating) {
        String code = workUnitCode == null ? "" : workUnitCode.strip();
        Violations v = new Violations();
        if (v.require(code, "workUnitCode")) {
            v.check(units.findByCode(code).isPresent(), "workUnitCode", "workUnit.notFound", code);
        }
        v.require(rating, "unitRating");
        v.throwIfAny();
        SkpYear.check(year, clock);
        Optional<UnitRating> existing = ratings.find(code, year);
        Predicate before = existing.map(UnitRating::rating).orElse(null);
        if (existing.isPresent()) {
            existing.get().change(rating, clock.instant());
        } else {
            ratings.add(new UnitRating(code, year, rating, clock.instant()));
        }
        audit.record("skp.unitRated", "SkpUnitRating", code + "/" + year, before, rating,
                "Predikat kinerja organisasi " + code + " " + year + ": " + rating);
        return assessments.curve(code, year, rating);
    }

    /** The curve of every unit rated for {@code year}, by unit code; those breaking it carry warnings. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<UnitCurve> curves(int year) {
        return ratings.of(year).stream().map(r -> assessments.curve(r.workUnitCode(), year, r.rating())).toList();
    }

    /**
     * The curves of the unit the signed-in employee heads, last year's and this year's, that carry warnings; none
     * for an employee who heads no unit or a unit not rated.
     */
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public List<UnitCurve> myUnitWarnings() {
        int year = LocalDate.now(clock.withZone(Wit.ZONE)).getYear();
        return employees.unitHeadedBy(session.getCallerPrincipal().getName()).stream()
                .flatMap(code -> Stream.of(year - 1, year).flatMap(y -> ratings.find(code, y).stream()))
                .map(r -> assessments.curve(r.workUnitCode(), r.year(), r.rating()))
                .filter(c -> !c.warnings().isEmpty()).toList();
    }
}
