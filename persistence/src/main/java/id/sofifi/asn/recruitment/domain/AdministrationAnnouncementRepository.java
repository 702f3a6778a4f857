package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.platform.persistence.Flushing;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Published administrative results, newest revision first. */
@Dependent
public class AdministrationAnnouncementRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<AdministrationAnnouncement> latest(String periodCode) {
        return em.createQuery(
                        "SELECT a FROM AdministrationAnnouncement a WHERE a.period.code = :p"
                                + " ORDER BY a.revision DESC",
                        AdministrationAnnouncement.class)
                .setParameter("p", Codes.normalize(periodCode))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Stores a publication; two staff publishing the same revision at once cannot both win. */
    public void add(AdministrationAnnouncement announcement) {
        Flushing.persist(em, announcement, "announcement.concurrent");
    }
}
