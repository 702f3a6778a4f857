package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.privacy.domain.SealedNik;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.platform.persistence.Flushing;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/** Applicant accounts and the links mailed to them. */
@Dependent
public class ApplicantRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<Applicant> find(long id) {
        return Optional.ofNullable(em.find(Applicant.class, id));
    }

    public Optional<Applicant> findByNik(Nik nik) {
        return em.createQuery("SELECT a FROM Applicant a WHERE a.nik.hash = :hash", Applicant.class)
                .setParameter("hash", SealedNik.hashOf(nik)).getResultStream().findFirst();
    }

    /** Locks the row so that concurrent wrong passwords all count; what is not a NIK finds nobody. */
    public Optional<Applicant> lockForLogin(String nik) {
        if (!Nik.isWellFormed(nik)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Applicant a WHERE a.nik.hash = :hash", Applicant.class)
                .setParameter("hash", SealedNik.hashOf(new Nik(nik))).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<Applicant> findByEmail(String email) {
        return em.createQuery("SELECT a FROM Applicant a WHERE a.email = :email", Applicant.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    public void add(Applicant applicant) {
        Flushing.persist(em, applicant, "applicant.taken");
    }

    public void addToken(ApplicantToken token) {
        em.persist(token);
    }

    public Optional<ApplicantToken> findToken(String tokenHash) {
        return em.createQuery("SELECT t FROM ApplicantToken t WHERE t.tokenHash = :h", ApplicantToken.class)
                .setParameter("h", tokenHash).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }
}
