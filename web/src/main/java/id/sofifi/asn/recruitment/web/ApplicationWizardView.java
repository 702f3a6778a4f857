package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.platform.web.FacesMessages;
import id.sofifi.asn.platform.web.UploadedParts;
import id.sofifi.asn.recruitment.application.FormationService;
import id.sofifi.asn.recruitment.application.FormationView;
import id.sofifi.asn.recruitment.application.PeriodView;
import id.sofifi.asn.recruitment.application.RegistrationService;
import id.sofifi.asn.recruitment.application.RequirementView;
import id.sofifi.asn.recruitment.application.SelectionPeriodService;
import id.sofifi.asn.recruitment.application.Upload;
import id.sofifi.asn.recruitment.domain.FormationFilter;
import id.sofifi.asn.recruitment.domain.PeriodStatus;
import id.sofifi.asn.recruitment.domain.Qualification;
import id.sofifi.asn.recruitment.domain.StoredFile;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application wizard: 1 period and formation, 2 education and GPA, 3 documents, 4 review and
 * submit. Each uploaded file is checked and stored as soon as it arrives, so a refused file (wrong
 * type, too large, empty) is reported while everything else entered stays as it was.
 */
@Named
@ViewScoped
public class ApplicationWizardView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int LAST_STEP = 4;

    @EJB
    SelectionPeriodService periods;

    @EJB
    FormationService formations;

    @EJB
    RegistrationService registrations;

    private int step = 1;
    private String periodCode;
    private String formationCode;
    private String education;
    private BigDecimal gpa;
    private final Map<String, StoredFile> uploaded = new LinkedHashMap<>();
    private transient Map<String, Part> parts;
    private String registrationNumber;
    private List<PeriodView> openPeriods;
    private List<FormationView> formationList;
    private List<RequirementView> requirementList;

    // read once per view (or per chosen period): Faces asks for these many times in one request
    public List<PeriodView> getOpenPeriods() {
        if (openPeriods == null) {
            openPeriods = periods.list(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                    .filter(p -> p.status() == PeriodStatus.OPEN).toList();
        }
        return openPeriods;
    }

    public List<FormationView> getFormations() {
        if (formationList == null) {
            formationList = periodCode == null
                    ? List.of()
                    : formations.search(new FormationFilter(periodCode, null, null, null, null),
                            PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        }
        return formationList;
    }

    public List<RequirementView> getRequirements() {
        if (requirementList == null) {
            requirementList = periodCode == null ? List.of() : registrations.requirements(periodCode);
        }
        return requirementList;
    }

    public FormationView getFormation() {
        return getFormations().stream().filter(f -> f.code().equals(formationCode)).findFirst().orElse(null);
    }

    public void next() {
        if (step == 1 && (periodCode == null || formationCode == null)) {
            FacesMessages.error("wizard.chooseFormation");
            return;
        }
        if (step == 2) {
            Violations violations = new Violations();
            new Qualification(education, gpa).validate(violations);
            if (!violations.isEmpty()) {
                FacesMessages.refused(new ValidationFailure(violations.found()));
                return;
            }
        }
        if (step == 3) {
            upload();
        }
        if (step == 3 && getRequirements().stream().anyMatch(r -> !uploaded.containsKey(r.code()))) {
            FacesMessages.error("wizard.documentsMissing");
            return;
        }
        step = Math.min(LAST_STEP, step + 1);
    }

    public void back() {
        step = Math.max(1, step - 1);
    }

    /** Stores every file chosen in this request; each refused one gets its own message, the others are kept. */
    public void upload() {
        for (Map.Entry<String, Part> chosen : getParts().entrySet()) {
            Part part = chosen.getValue();
            if (!UploadedParts.chosen(part)) {
                continue;
            }
            try {
                byte[] content = UploadedParts.read(part, registrations.maxUploadBytes());
                uploaded.put(chosen.getKey(),
                        registrations.upload(new Upload(chosen.getKey(), part.getSubmittedFileName(), content)));
                FacesMessages.info("wizard.uploaded", part.getSubmittedFileName());
            } catch (DomainException e) {
                FacesMessages.refused(e, documentLabels());
            }
        }
        parts = null;
    }

    public void submit() {
        try {
            registrationNumber = registrations.submit(periodCode, formationCode, new Qualification(education, gpa),
                    new ArrayList<>(uploaded.values()));
            FacesMessages.info("wizard.submitted");
        } catch (DomainException e) {
            FacesMessages.refused(e, documentLabels());
        }
    }

    /** Document fields ({@code documents.KTP}) named as the period calls them ("Pindaian KTP"). */
    private Map<String, String> documentLabels() {
        Map<String, String> labels = new HashMap<>();
        getRequirements().forEach(r -> labels.put("documents." + r.code(), r.name()));
        return labels;
    }

    public Map<String, Part> getParts() {
        if (parts == null) {
            parts = new HashMap<>();
        }
        return parts;
    }

    public Map<String, StoredFile> getUploaded() { return uploaded; }

    public int getStep() { return step; }

    public String getPeriodCode() { return periodCode; }

    public void setPeriodCode(String periodCode) {
        if (periodCode != null && !periodCode.equals(this.periodCode)) {
            formationCode = null;
            uploaded.clear();
            formationList = null;
            requirementList = null;
        }
        this.periodCode = periodCode;
    }

    public String getFormationCode() { return formationCode; }

    public void setFormationCode(String formationCode) { this.formationCode = formationCode; }

    public String getEducation() { return education; }

    public void setEducation(String education) { this.education = education; }

    public BigDecimal getGpa() { return gpa; }

    public void setGpa(BigDecimal gpa) { this.gpa = gpa; }

    public String getRegistrationNumber() { return registrationNumber; }
}
