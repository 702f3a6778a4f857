package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.CodeFormat;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.recruitment.domain.DocumentRequirement;
import id.sofifi.asn.recruitment.domain.DocumentRequirementRepository;
import id.sofifi.asn.recruitment.domain.SelectionPeriod;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/** The documents a period asks applicants for: staff add, rename and remove them; each change is audited. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class DocumentRequirementService {
    private static final String SUBJECT = "DocumentRequirement";
    private static final CodeFormat CODE = new CodeFormat(2, 30);

    @Inject
    DocumentRequirementRepository requirements;

    @Inject
    SelectionPeriodRepository periods;

    @Inject
    AuditTrail audit;

    public List<RequirementView> list(String periodCode) {
        return requirements.of(periods.byCode(periodCode)).stream().map(RequirementView::of).toList();
    }

    public RequirementView add(String periodCode, String code, String name) {
        Violations violations = new Violations().code(code, "code", CODE).text(name, "name", 2, 200);
        violations.throwIfAny();
        SelectionPeriod period = periods.byCode(periodCode);
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        if (requirements.find(period, normalized).isPresent()) {
            throw new ConflictException("requirement.codeTaken", normalized);
        }
        DocumentRequirement requirement = new DocumentRequirement(period, normalized, name.strip(),
                requirements.of(period).size() + 1);
        requirements.add(requirement);
        audit.record("requirement.added", SUBJECT, period.code() + "/" + normalized, null, name.strip(),
                "Syarat dokumen " + normalized + " (" + name.strip() + ") ditambahkan ke periode " + period.code());
        return RequirementView.of(requirement);
    }

    public void rename(String periodCode, String code, String name) {
        new Violations().text(name, "name", 2, 200).throwIfAny();
        DocumentRequirement requirement = load(periodCode, code);
        String before = requirement.name();
        requirement.rename(name.strip());
        audit.record("requirement.renamed", SUBJECT, periodCode + "/" + code, before, name.strip(),
                "Syarat dokumen " + code + " diubah namanya menjadi " + name.strip());
    }

    /** Removes a requirement for future submissions; documents already uploaded for it stay with their applications. */
    public void remove(String periodCode, String code) {
        DocumentRequirement requirement = load(periodCode, code);
        requirements.remove(requirement);
        audit.record("requirement.removed", SUBJECT, periodCode + "/" + code, requirement.name(), null,
                "Syarat dokumen " + code + " dihapus dari periode " + periodCode);
    }

    private DocumentRequirement load(String periodCode, String code) {
        return requirements.find(periods.byCode(periodCode), code)
                .orElseThrow(() -> new NotFoundException("requirement.notFound", code));
    }
}
