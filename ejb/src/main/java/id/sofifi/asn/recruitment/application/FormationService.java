package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.domain.Formation;
import id.sofifi.asn.recruitment.domain.FormationDetails;
import id.sofifi.asn.recruitment.domain.FormationFilter;
import id.sofifi.asn.recruitment.domain.FormationRepository;
import id.sofifi.asn.recruitment.domain.SelectionPeriod;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Publishing the formations (formasi) of a selection period. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class FormationService {
    static final String SUBJECT = "Formation";

    @Inject
    FormationRepository formations;

    @Inject
    SelectionPeriodRepository periods;

    @Inject
    WorkUnitRepository units;

    @Inject
    AuditTrail audit;

    @PermitAll
    public Page<FormationView> search(FormationFilter filter, PageRequest request) {
        return formations.search(filter, request).map(FormationView::of);
    }

    @PermitAll
    public FormationView find(String periodCode, String code) {
        return FormationView.of(load(periodCode, code));
    }

    @PermitAll
    public List<String> educations(String periodCode) {
        return formations.educations(periodCode);
    }

    public FormationView create(String periodCode, FormationDetails details) {
        SelectionPeriod period = periods.byCode(periodCode);
        WorkUnit unit = validated(details);
        if (formations.codeTaken(period, details.code(), null)) {
            throw new ConflictException("formation.codeTaken", details.code());
        }
        Formation formation = new Formation(period, details, unit);
        formations.add(formation);
        FormationView created = FormationView.of(formation);
        audit.record("formation.created", SUBJECT, key(formation), null, created, "Formasi " + formation.code() + " ("
                + formation.position() + ", kuota " + formation.quota() + ") dibuat");
        return created;
    }

    public FormationView revise(String periodCode, String code, long version, FormationDetails details) {
        Formation formation = load(periodCode, code);
        formation.checkVersion(version);
        FormationView before = FormationView.of(formation);
        WorkUnit unit = validated(details);
        if (formations.codeTaken(formation.period(), details.code(), formation.id())) {
            throw new ConflictException("formation.codeTaken", details.code());
        }
        formation.revise(details, unit);
        formations.flush(formation);
        FormationView after = FormationView.of(formation);
        audit.record("formation.revised", SUBJECT, key(formation), before, after, "Formasi " + code + " diubah");
        return after;
    }

    /** Deletes a formation nobody has applied to yet; with applications it must stay. */
    public void delete(String periodCode, String code, long version) {
        Formation formation = load(periodCode, code);
        formation.checkVersion(version);
        if (formations.countApplications(formation) > 0) {
            throw new ConflictException("formation.hasApplications", code);
        }
        FormationView before = FormationView.of(formation);
        String key = key(formation);
        formations.remove(formation);
        audit.record("formation.deleted", SUBJECT, key, before, null, "Formasi " + code + " dihapus");
    }

    /** Checks the details and that their work unit exists, reporting every problem at once. */
    private WorkUnit validated(FormationDetails details) {
        Violations v = new Violations();
        details.validate(v);
        WorkUnit unit = details.workUnitCode() == null ? null : units.findByCode(details.workUnitCode()).orElse(null);
        v.check(details.workUnitCode() == null || unit != null, "workUnit", "workUnit.notFound",
                details.workUnitCode());
        v.throwIfAny();
        return unit;
    }

    private Formation load(String periodCode, String code) {
        return formations.find(periodCode, code)
                .orElseThrow(() -> new NotFoundException("formation.notFound", code, periodCode));
    }

    private static String key(Formation formation) {
        return formation.period().code() + "/" + formation.code();
    }
}
