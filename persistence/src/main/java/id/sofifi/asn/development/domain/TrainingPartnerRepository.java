package id.sofifi.asn.development.domain;

import id.sofifi.asn.kernel.Codes;
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

/** Training partners as stored. */
@Dependent
public class TrainingPartnerRepository {
    private static final Map<String, String> SORTS = Map.of("code", "e.code", "name", "e.name");

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<TrainingPartner> findByCode(String code) {
        return em.createQuery("SELECT p FROM TrainingPartner p WHERE p.code = :code", TrainingPartner.class)
                .setParameter("code", Codes.normalize(code)).getResultStream().findFirst();
    }

    public List<TrainingPartner> all() {
        return em.createQuery("SELECT p FROM TrainingPartner p ORDER BY p.name", TrainingPartner.class).getResultList();
    }

    public Page<TrainingPartner> search(String text, PageRequest request) {
        return CodeOrNameSearch.page(em, TrainingPartner.class, text, request, SORTS, "e.name");
    }

    /** Stores a new partner; a code taken meanwhile by another writer is a conflict. */
    public void add(TrainingPartner partner) {
        Flushing.persist(em, partner, "trainingPartner.codeTaken", partner.code());
    }
}
