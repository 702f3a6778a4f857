package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.application.ApplicationView;
import id.sofifi.asn.recruitment.application.ObjectionService;
import id.sofifi.asn.recruitment.application.RegistrationService;
import id.sofifi.asn.recruitment.application.RequirementView;
import id.sofifi.asn.recruitment.application.VerificationService;
import id.sofifi.asn.recruitment.domain.AdministrationResult;
import id.sofifi.asn.recruitment.domain.ObjectionOutcome;
import id.sofifi.asn.recruitment.domain.UnmetRequirement;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One application under verification: the documents beside the period's checklist; the verifier
 * marks unmet requirements with reasons and proposes MS/TMS; a supervisor confirms or returns it and
 * answers an objection. The version read with the page goes with every save (optimistic locking).
 */
@Named
@ViewScoped
public class ApplicationReviewView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    VerificationService verification;

    @EJB
    RegistrationService registrations;

    @EJB
    ObjectionService objections;

    private String no;
    private ApplicationView application;
    private List<RequirementView> requirements;
    private final Map<String, String> reasons = new HashMap<>();
    private String note;
    private ObjectionOutcome outcome;
    private String answer;
    private Long documentId;
    /** The full NIK once the verifier asked to see it (§6: each showing is recorded); null before. */
    private String nik;

    public void load() {
        if (application == null && no != null) {
            application = verification.detail(no);
            requirements = registrations.requirements(application.periodCode());
            application.unmetRequirements().forEach(u -> reasons.put(u.requirementCode(), u.reason()));
            documentId = application.documents().isEmpty() ? null : application.documents().get(0).id();
        }
    }

    /** Shows the full NIK, to compare with the applicant's KTP. */
    public void revealNik() {
        UseCase.run(() -> nik = verification.revealNik(no), "verification.nikShown");
    }

    public String getNik() { return nik; }

    public void proposeMs() {
        propose(AdministrationResult.MS);
    }

    public void proposeTms() {
        propose(AdministrationResult.TMS);
    }

    private void propose(AdministrationResult result) {
        List<UnmetRequirement> unmet = reasons.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> new UnmetRequirement(e.getKey(), e.getValue())).toList();
        UseCase.run(() -> application = verification.propose(no, application.version(), result, unmet),
                "verification.proposedMessage", result);
    }

    public void confirm() {
        UseCase.run(() -> application = verification.confirm(no, application.version()),
                "verification.confirmedMessage");
    }

    public void sendBack() {
        UseCase.run(() -> application = verification.sendBack(no, application.version(), note),
                "verification.returnedMessage");
    }

    public void answerObjection() {
        UseCase.run(() -> application = objections.answer(no, application.objection().version(), outcome, answer),
                "objection.answeredMessage");
    }

    public ObjectionOutcome[] getOutcomes() { return ObjectionOutcome.values(); }

    public String getNo() { return no; }

    public void setNo(String no) { this.no = no; }

    public ApplicationView getApplication() { return application; }

    public List<RequirementView> getRequirements() { return requirements; }

    public Map<String, String> getReasons() { return reasons; }

    public String getNote() { return note; }

    public void setNote(String note) { this.note = note; }

    public ObjectionOutcome getOutcome() { return outcome; }

    public void setOutcome(ObjectionOutcome outcome) { this.outcome = outcome; }

    public String getAnswer() { return answer; }

    public void setAnswer(String answer) { this.answer = answer; }

    public Long getDocumentId() { return documentId; }

    public void setDocumentId(Long documentId) { this.documentId = documentId; }
}
