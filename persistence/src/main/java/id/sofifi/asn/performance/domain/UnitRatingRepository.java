package id.sofifi.asn.performance.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Units' own ratings, one per unit and year. */
@Dependent
public class UnitRatingRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<UnitRating> find(String workUnitCode, int year) {
        return em
                .createQuery("SELECT r FROM UnitRating r WHERE r.workUnitCode = :code AND r.year = :year",
                        UnitRating.class)
                .setParameter("code", workUnitCode).setParameter("year", year).getResultStream().findFirst();
    }

    /** The ratings of {@code year}, by unit code. */
    public List<UnitRating> of(int year) {
        return em.createQuery("SELECT r FROM UnitRating r WHERE r.year = :year ORDER BY r.workUnitCode",
                UnitRating.class).setParameter("year", year).getResultList();
    }

    public void add(UnitRating rating) {
        em.persist(rating);
    }
}
