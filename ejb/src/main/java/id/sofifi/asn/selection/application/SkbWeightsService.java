package id.sofifi.asn.selection.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.recruitment.domain.Formation;
import id.sofifi.asn.recruitment.domain.FormationRepository;
import id.sofifi.asn.recruitment.domain.SkbWeights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/** How SKB is weighed per formation (§1.6): CAT only, or CAT plus one extra test within the bounds. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SkbWeightsService {
    @Inject
    FormationRepository formations;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public SkbWeights weights(String periodCode, String formationCode) {
        return load(periodCode, formationCode).skbWeights();
    }

    /**
     * Sets the weights; an empty extra weight means CAT only. A screen passes the version it showed; the
     * API, which sends the whole value, passes null.
     */
    public SkbWeights set(String periodCode, String formationCode, Long version, BigDecimal cat, BigDecimal extra) {
        Formation formation = load(periodCode, formationCode);
        if (version != null) {
            formation.checkVersion(version);
        }
        SkbWeights before = formation.skbWeights();
        SkbWeights after = extra == null || extra.signum() == 0 ? SkbWeights.catOnly() : SkbWeights.of(cat, extra);
        formation.weighSkb(after);
        formations.flush(formation);
        audit.record("formation.skbWeights", "Formation", periodCode + "/" + formationCode, before, after,
                "Bobot SKB formasi " + formationCode + ": CAT " + after.cat().toPlainString() + ", tambahan "
                        + after.extra().toPlainString());
        return after;
    }

    private Formation load(String periodCode, String code) {
        return formations.find(periodCode, code)
                .orElseThrow(() -> new NotFoundException("formation.notFound", code, periodCode));
    }
}
