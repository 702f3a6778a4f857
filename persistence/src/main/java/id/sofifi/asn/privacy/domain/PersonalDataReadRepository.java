package id.sofifi.asn.privacy.domain;

import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The reads of personal data, and the NIK hash behind a registration number or a NIP (§6). */
@Dependent
public class PersonalDataReadRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public void add(PersonalDataRead read) {
        em.persist(read);
    }

    /** Every read of one person's data, newest first. */
    public Page<PersonalDataRead> ofPerson(String nikHash, PageRequest request) {
        long total = em.createQuery("SELECT COUNT(r) FROM PersonalDataRead r WHERE r.nikHash = :h", Long.class)
                .setParameter("h", nikHash).getSingleResult();
        return new Page<>(
                em.createQuery("SELECT r FROM PersonalDataRead r WHERE r.nikHash = :h"
                        + " ORDER BY r.occurredAt DESC, r.id DESC", PersonalDataRead.class).setParameter("h", nikHash)
                        .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(),
                request.page(), request.size(), total);
    }

    /** The NIK hash of the person who applied under a registration number. */
    public Optional<String> nikHashOfApplication(String registrationNumber) {
        return em.createQuery("SELECT a.nik.hash FROM Application a WHERE a.registrationNumber = :n", String.class)
                .setParameter("n", registrationNumber).getResultStream().findFirst();
    }

    /** The NIK hash of the employee holding a NIP. */
    public Optional<String> nikHashOfEmployee(String nip) {
        return em.createQuery("SELECT e.nik.hash FROM Employee e WHERE e.nip = :n", String.class).setParameter("n", nip)
                .getResultStream().findFirst();
    }
}
