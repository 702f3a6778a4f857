package id.sofifi.asn.development.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.development.domain.PartnerKind;
import id.sofifi.asn.development.domain.TrainingPartner;
import id.sofifi.asn.development.domain.TrainingPartnerRepository;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Keeping the list of training partners (mitra pelatihan): universities, government institutes, others. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class TrainingPartnerService {
    static final String SUBJECT = "TrainingPartner";

    @Inject
    TrainingPartnerRepository partners;

    @Inject
    AuditTrail audit;

    /** All partners, for the public list and choice lists. */
    @PermitAll
    public List<PartnerView> all() {
        return partners.all().stream().map(PartnerView::of).toList();
    }

    @PermitAll
    public Page<PartnerView> search(String text, PageRequest request) {
        return partners.search(text, request).map(PartnerView::of);
    }

    public PartnerView create(String code, String name, PartnerKind kind) {
        TrainingPartner partner = new TrainingPartner(code, name, kind);
        if (partners.findByCode(partner.code()).isPresent()) {
            throw new ConflictException("trainingPartner.codeTaken", partner.code());
        }
        partners.add(partner);
        PartnerView created = PartnerView.of(partner);
        audit.record("trainingPartner.created", SUBJECT, partner.code(), null, created,
                "Mitra pelatihan " + partner.code() + " dibuat");
        return created;
    }
}
