package id.sofifi.asn.workforce.domain;

import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.privacy.domain.SealedNik;
import id.sofifi.asn.platform.persistence.FilteredPage;
import id.sofifi.asn.platform.persistence.LikePattern;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Employees as stored. */
@Dependent
public class EmployeeRepository {
    private static final Map<String, String> SORTS = Map.of("nip", "e.nip", "name", "e.fullName", "employmentType",
            "e.employmentType", "position", "e.position", "appointedOn", "e.appointedOn");

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

    /** The employees holding any of these NIPs or NIKs: what an import chunk must not collide with. */
    public List<Employee> findByNipsOrNiks(Collection<String> nips, Collection<Nik> niks) {
        return em.createQuery("SELECT e FROM Employee e WHERE e.nip IN :nips OR e.nik.hash IN :hashes", Employee.class)
                .setParameter("nips", nips).setParameter("hashes", niks.stream().map(SealedNik::hashOf).toList())
                .getResultList();
    }

    /** One page of the employees the filter selects, sorted by the request (by name when it names no column). */
    public Page<Employee> search(EmployeeFilter filter, PageRequest request) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder from = new StringBuilder("Employee e WHERE (LOWER(e.fullName) LIKE :text OR e.nip LIKE :text)");
        params.put("text", LikePattern.containing(filter.text()));
        if (filter.workUnitIds() != null) {
            from.append(" AND e.workUnitId IN :units");
            // an empty IN list is not valid JPQL; no unit matches no id
            params.put("units", filter.workUnitIds().isEmpty() ? Set.of(-1L) : filter.workUnitIds());
        }
        if (filter.employmentType() != null) {
            from.append(" AND e.employmentType = :type");
            params.put("type", filter.employmentType());
        }
        return FilteredPage.read(em, Employee.class, from.toString(), "e", params, request.orderBy(SORTS, "e.fullName"),
                request);
    }

    /**
     * Every employee placed in one of {@code unitIds} (null: anywhere), by name, as a projection rather than
     * entities: a report over a province's workforce reads ten thousand of them at once.
     */
    public List<EmployeePlacement> placedIn(Set<Long> unitIds) {
        String select = "SELECT NEW id.sofifi.asn.workforce.domain.EmployeePlacement(e.nip, e.fullName,"
                + " e.employmentType, e.appointedOn, e.position, e.workUnitId) FROM Employee e";
        if (unitIds == null) {
            return em.createQuery(select + " ORDER BY e.fullName, e.nip", EmployeePlacement.class).getResultList();
        }
        return em
                .createQuery(select + " WHERE e.workUnitId IN :units ORDER BY e.fullName, e.nip",
                        EmployeePlacement.class)
                // an empty IN list is not valid JPQL; no unit matches no id
                .setParameter("units", unitIds.isEmpty() ? Set.of(-1L) : unitIds).getResultList();
    }

    public boolean isEmpty() {
        return em.createQuery("SELECT e.id FROM Employee e", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** The first {@code limit} employees by NIP, for demo data that needs a few to work with. */
    public List<Employee> firstByNip(int limit) {
        return em.createQuery("SELECT e FROM Employee e ORDER BY e.nip", Employee.class).setMaxResults(limit)
                .getResultList();
    }

    /** Every employee with an e-mail address, by NIP. */
    public List<Employee> withEmail() {
        return em.createQuery("SELECT e FROM Employee e WHERE e.email IS NOT NULL ORDER BY e.nip", Employee.class)
                .getResultList();
    }

    public void add(Employee employee) {
        em.persist(employee);
    }
}
