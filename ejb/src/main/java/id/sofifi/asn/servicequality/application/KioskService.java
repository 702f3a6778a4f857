package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.servicequality.domain.Kiosk;
import id.sofifi.asn.servicequality.domain.KioskRepository;
import id.sofifi.asn.servicequality.domain.ServiceUnit;
import id.sofifi.asn.servicequality.domain.ServiceUnitRepository;
import id.sofifi.asn.servicequality.domain.SurveySource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Pairing kiosk tablets (tablet kios) with a service unit: administrators create a pairing and revoke it, the
 * tablet claims it by opening the pairing link (audited as the administrator's pairing, by the kiosk's id).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class KioskService {
    static final String SUBJECT = "SurveyKiosk";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ServiceUnitRepository units;

    @Inject
    KioskRepository kiosks;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** A new kiosk of the unit, awaiting its tablet; the pairing code is in the answer only. */
    public KioskPairing pair(String serviceUnitCode, String label) {
        ServiceUnit unit = unit(serviceUnitCode);
        String code = secret(12);
        Kiosk kiosk = new Kiosk(unit, label, SurveySource.sha256(code), session.getCallerPrincipal().getName(),
                clock.instant());
        kiosks.add(kiosk);
        KioskView view = KioskView.of(kiosk);
        audit.record("kiosk.pairingCreated", SUBJECT, String.valueOf(kiosk.id()), null, view,
                "Kode pemasangan tablet kios \"" + kiosk.label() + "\" dibuat untuk unit layanan " + unit.code());
        return new KioskPairing(view, code);
    }

    /**
     * The tablet opening the pairing link claims the kiosk and receives its device token (kept as a cookie); an
     * unknown, used, expired or revoked code is a conflict.
     */
    @PermitAll
    public KioskClaim claim(String pairingCode) {
        Instant now = clock.instant();
        Kiosk kiosk = kiosks.byPairingCode(SurveySource.sha256(String.valueOf(pairingCode).strip()))
                .orElseThrow(() -> new ConflictException("kiosk.pairingInvalid"));
        String token = secret(32);
        kiosk.claim(SurveySource.sha256(token), now);
        audit.recordAs(kiosk.createdBy(), "kiosk.paired", SUBJECT, String.valueOf(kiosk.id()), null,
                KioskView.of(kiosk),
                "Tablet kios \"" + kiosk.label() + "\" terpasang di unit layanan " + kiosk.serviceUnit().code());
        return new KioskClaim(token, kiosk.serviceUnit().code());
    }

    /** Ends a kiosk's pairing: its tablet counts as a phone from now on. */
    public KioskView revoke(String serviceUnitCode, long id) {
        ServiceUnit unit = unit(serviceUnitCode);
        Kiosk kiosk = kiosks.find(id).filter(k -> k.serviceUnit().id().equals(unit.id()))
                .orElseThrow(() -> new NotFoundException("kiosk.notFound", id));
        KioskView before = KioskView.of(kiosk);
        kiosk.revoke(session.getCallerPrincipal().getName(), clock.instant());
        KioskView after = KioskView.of(kiosk);
        audit.record("kiosk.revoked", SUBJECT, String.valueOf(id), before, after,
                "Pemasangan tablet kios \"" + kiosk.label() + "\" di unit layanan " + unit.code() + " dicabut");
        return after;
    }

    public List<KioskView> of(String serviceUnitCode) {
        return kiosks.of(unit(serviceUnitCode)).stream().map(KioskView::of).toList();
    }

    private ServiceUnit unit(String code) {
        return units.require(code);
    }

    /** A random secret of {@code bytes} bytes, URL-safe. */
    private static String secret(int bytes) {
        byte[] drawn = new byte[bytes];
        RANDOM.nextBytes(drawn);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(drawn);
    }
}
