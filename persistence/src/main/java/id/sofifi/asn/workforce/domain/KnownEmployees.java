package id.sofifi.asn.workforce.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which NIPs belong to employees: workforce's answer for the batch jobs of other contexts (a development import
 * names employees by NIP), which run in the batch library and cannot reach the {@code EmployeeDirectory} EJB. It
 * answers that one fact, for a chunk of NIPs at once, so the employee table keeps one owner.
 */
@Dependent
public class KnownEmployees {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /** Those of {@code nips} that are employees' NIPs. */
    public Set<String> among(Collection<String> nips) {
        if (nips.isEmpty()) {
            return Set.of();
        }
        Set<String> known = new HashSet<>();
        em.createQuery("SELECT e.nip FROM Employee e WHERE e.nip IN :nips", String.class).setParameter("nips", nips)
                .getResultStream().forEach(nip -> known.add(nip.strip()));
        return known;
    }
}
