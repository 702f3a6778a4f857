package id.sofifi.asn.development.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.development.domain.Training;
import id.sofifi.asn.development.domain.TrainingDetails;
import id.sofifi.asn.development.domain.TrainingPartner;
import id.sofifi.asn.development.domain.TrainingPartnerRepository;
import id.sofifi.asn.development.domain.TrainingRepository;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** Trainings (pelatihan): staff create them; anyone reads the list and the catalogue of upcoming ones. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class TrainingService {
    static final String SUBJECT = "Training";

    @Inject
    TrainingRepository trainings;

    @Inject
    TrainingPartnerRepository partners;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PermitAll
    public Page<TrainingView> list(PageRequest request) {
        return trainings.list(null, request).map(TrainingView::of);
    }

    /** The public catalogue: trainings not yet over (ending today or later, in WIT), earliest first. */
    @PermitAll
    public Page<TrainingView> catalogue(PageRequest request) {
        return trainings.list(LocalDate.now(clock.withZone(Wit.ZONE)), request).map(TrainingView::of);
    }

    @PermitAll
    public TrainingView find(String code) {
        return TrainingView.of(load(code));
    }

    public TrainingView create(TrainingDetails details) {
        Violations v = new Violations();
        details.validate(v);
        TrainingPartner partner = details.partnerCode() == null
                ? null
                : partners.findByCode(details.partnerCode()).orElse(null);
        v.check(details.partnerCode() == null || partner != null, "partnerCode", "trainingPartner.notFound",
                details.partnerCode());
        v.throwIfAny();
        if (trainings.findByCode(details.code()).isPresent()) {
            throw new ConflictException("training.codeTaken", details.code());
        }
        Training training = new Training(details, partner);
        trainings.add(training);
        TrainingView created = TrainingView.of(training);
        audit.record("training.created", SUBJECT, training.code(), null, created,
                "Pelatihan " + training.code() + " dibuat");
        return created;
    }

    Training load(String code) {
        return trainings.findByCode(code).orElseThrow(() -> new NotFoundException("training.notFound", code));
    }
}
