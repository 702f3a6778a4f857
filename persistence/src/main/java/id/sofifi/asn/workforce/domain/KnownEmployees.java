package id.sofifi.asn.workforce.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Whether a NIP belongs to an employee: workforce's answer for the batch jobs of other contexts (a development
 * import names employees by NIP), which run in the batch library and cannot reach the {@code EmployeeDirectory}
 * EJB. It answers that one fact, so the employee table keeps one owner.
 */
@Dependent
public class KnownEmployees {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public boolean contains(String nip) {
        return !em.createQuery("SELECT e.id FROM Employee e WHERE e.nip = :nip", Long.class).setParameter("nip", nip)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
