package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.servicequality.domain.ReceiptCode;
import id.sofifi.asn.servicequality.domain.ReceiptCodeRepository;
import id.sofifi.asn.servicequality.domain.ServiceUnit;
import id.sofifi.asn.servicequality.domain.ServiceUnitRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Issuing the one-time receipt codes (kode struk) a counter prints, a batch at a time. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
public class ReceiptCodeService {
    /** A counter prints a roll's worth at a time; more in one call is a typing mistake. */
    static final int MAX_BATCH = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ServiceUnitRepository units;

    @Inject
    ReceiptCodeRepository codes;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** {@code count} new codes of the unit, each unique across all units. */
    public List<String> issue(String serviceUnitCode, Integer count) {
        new Violations().range(count, "count", 1, MAX_BATCH).throwIfAny();
        ServiceUnit unit = units.require(serviceUnitCode);
        Instant now = clock.instant();
        List<String> issued = new ArrayList<>();
        while (issued.size() < count) {
            ReceiptCode code = new ReceiptCode(unit, RANDOM, now);
            if (!codes.exists(code.code()) && !issued.contains(code.code())) {
                codes.add(code);
                issued.add(code.code());
            }
        }
        audit.record("receiptCodes.issued", ServiceUnitService.SUBJECT, unit.code(), null, issued,
                count + " kode struk diterbitkan untuk unit layanan " + unit.code());
        return issued;
    }
}
