package id.sofifi.asn.servicequality.domain;

import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.persistence.CodeOrNameSearch;
import id.sofifi.asn.platform.persistence.Flushing;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Service units as stored. */
@Dependent
public class ServiceUnitRepository {
    private static final Map<String, String> SORTS = Map.of("code", "e.code", "name", "e.name", "annualUsers",
            "e.annualUsers");

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<ServiceUnit> findByCode(String code) {
        return em.createQuery("SELECT u FROM ServiceUnit u WHERE u.code = :code", ServiceUnit.class)
                .setParameter("code", Codes.normalize(code)).getResultStream().findFirst();
    }

    /** The unit of the code; an unknown one is not found (404 on the API). */
    public ServiceUnit require(String code) {
        return findByCode(code).orElseThrow(() -> new NotFoundException("serviceUnit.notFound", code));
    }

    public List<ServiceUnit> all() {
        return em.createQuery("SELECT u FROM ServiceUnit u ORDER BY u.code", ServiceUnit.class).getResultList();
    }

    public Page<ServiceUnit> search(String text, PageRequest request) {
        return CodeOrNameSearch.page(em, ServiceUnit.class, text, request, SORTS, "e.code");
    }

    /** Stores a new unit; a code taken meanwhile by another writer is a conflict. */
    public void add(ServiceUnit unit) {
        Flushing.persist(em, unit, "serviceUnit.codeTaken", unit.code());
    }
}
