package id.sofifi.asn.workforce.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Employees as stored. */
@Dependent
public class EmployeeRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<Employee> findByNip(String nip) {
        return em.createQuery("SELECT e FROM Employee e WHERE e.nip = :nip", Employee.class).setParameter("nip", nip)
                .getResultStream().findFirst();
    }

    public Optional<Employee> findByRegistrationNumber(String registrationNumber) {
        return em.createQuery("SELECT e FROM Employee e WHERE e.registrationNumber = :r", Employee.class)
                .setParameter("r", registrationNumber).getResultStream().findFirst();
    }

    /** The serials already held under a NIP prefix, for {@link Nip#firstFree}. */
    public Set<Integer> usedSerials(String prefix) {
        Set<Integer> serials = new HashSet<>();
        em.createQuery("SELECT e.nip FROM Employee e WHERE e.nip LIKE :p", String.class).setParameter("p", prefix + "%")
                .getResultStream().forEach(nip -> serials.add(new Nip(nip).serial()));
        return serials;
    }

    /** The first {@code limit} employees by NIP, for demo data that needs a few to work with. */
    public List<Employee> firstByNip(int limit) {
        return em.createQuery("SELECT e FROM Employee e ORDER BY e.nip", Employee.class).setMaxResults(limit)
                .getResultList();
    }

    public void add(Employee employee) {
        em.persist(employee);
    }
}
