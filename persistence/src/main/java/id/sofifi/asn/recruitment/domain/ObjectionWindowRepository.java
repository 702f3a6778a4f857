package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.platform.persistence.Flushing;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The objection window of each period that has announced its administrative result. */
@Dependent
public class ObjectionWindowRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<ObjectionWindow> of(SelectionPeriod period) {
        return Optional.ofNullable(em.find(ObjectionWindow.class, period.id()));
    }

    /** Stores a newly opened window; a period has one, so two first publications cannot both open one. */
    public void add(ObjectionWindow window) {
        Flushing.persist(em, window, "announcement.concurrent");
    }
}
