package id.sofifi.asn.oversight.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The public holidays as configured, year by year. */
@Dependent
public class PublicHolidayRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public List<LocalDate> ofYear(int year) {
        return em
                .createQuery("SELECT h.day FROM PublicHoliday h WHERE h.day BETWEEN :first AND :last ORDER BY h.day",
                        LocalDate.class)
                .setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    /** The working calendar from {@code from} on: enough for every deadline of a case received on that day. */
    public WorkingCalendar calendarFrom(LocalDate from) {
        return new WorkingCalendar(
                em.createQuery("SELECT h.day FROM PublicHoliday h WHERE h.day >= :from", LocalDate.class)
                        .setParameter("from", from).getResultList());
    }

    /** Replaces the holidays of a year with the given days (all in that year, checked by the caller). */
    public void replaceYear(int year, Collection<LocalDate> days) {
        em.createQuery("DELETE FROM PublicHoliday h WHERE h.day BETWEEN :first AND :last")
                .setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31))
                .executeUpdate();
        days.stream().distinct().map(PublicHoliday::new).forEach(em::persist);
        em.flush();
    }
}
