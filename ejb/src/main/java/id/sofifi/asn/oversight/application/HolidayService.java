package id.sofifi.asn.oversight.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.oversight.domain.PublicHolidayRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Hari libur nasional dan cuti bersama per year: public to read, set by administrators (ASN-RULES §5 [P]). */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class HolidayService {
    static final String SUBJECT = "PublicHolidays";

    @Inject
    PublicHolidayRepository holidays;

    @Inject
    AuditTrail audit;

    @PermitAll
    public List<LocalDate> ofYear(int year) {
        checkYear(year);
        return holidays.ofYear(year);
    }

    /** Replaces the year's holidays; a day outside the year is refused, naming its position in the list. */
    public List<LocalDate> replace(int year, List<LocalDate> days) {
        checkYear(year);
        Violations v = new Violations();
        v.require(days, "days");
        List<LocalDate> given = days == null ? List.of() : days;
        for (int i = 0; i < given.size(); i++) {
            v.check(given.get(i) != null && given.get(i).getYear() == year, "days[" + i + "]", "holiday.outsideYear",
                    year);
        }
        v.throwIfAny();
        List<LocalDate> before = holidays.ofYear(year);
        List<LocalDate> after = given.stream().distinct().sorted().toList();
        holidays.replaceYear(year, after);
        audit.record("holidays.replaced", SUBJECT, String.valueOf(year), before, after,
                "Hari libur " + year + " diganti: " + after.size() + " hari");
        return after;
    }

    private static void checkYear(int year) {
        new Violations().range(year, "year", 2000, 2100).throwIfAny();
    }
}
