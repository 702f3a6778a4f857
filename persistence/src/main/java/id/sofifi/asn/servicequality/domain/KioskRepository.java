package id.sofifi.asn.servicequality.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Kiosk tablets as stored, found by the digests of their pairing code or device token. */
@Dependent
public class KioskRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public void add(Kiosk kiosk) {
        em.persist(kiosk);
        em.flush();
    }

    public Optional<Kiosk> find(long id) {
        return Optional.ofNullable(em.find(Kiosk.class, id));
    }

    /** The kiosk awaiting the tablet with this pairing code, locked so two tablets cannot both claim it. */
    public Optional<Kiosk> byPairingCode(String codeHash) {
        return em.createQuery("SELECT k FROM Kiosk k WHERE k.pairingCodeHash = :h", Kiosk.class)
                .setParameter("h", codeHash).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    public Optional<Kiosk> byToken(String tokenHash) {
        return em.createQuery("SELECT k FROM Kiosk k WHERE k.tokenHash = :h", Kiosk.class).setParameter("h", tokenHash)
                .getResultStream().findFirst();
    }

    /** The unit's kiosks, newest first, revoked ones included (they explain the channel of older responses). */
    public List<Kiosk> of(ServiceUnit unit) {
        return em.createQuery("SELECT k FROM Kiosk k WHERE k.serviceUnit = :u ORDER BY k.createdAt DESC, k.id DESC",
                Kiosk.class).setParameter("u", unit).getResultList();
    }
}
