package id.sofifi.asn.performance.web;

import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.performance.application.AssessmentService;
import id.sofifi.asn.performance.application.AssessmentView;
import id.sofifi.asn.performance.application.EvaluatorService;
import id.sofifi.asn.performance.application.EvaluatorView;
import id.sofifi.asn.performance.application.EvidenceService;
import id.sofifi.asn.performance.application.EvidenceView;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.platform.web.FacesMessages;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.workforce.application.EmployeeService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Pejabat penilai on the staff screen {@code /staff/admin/evaluators.xhtml}: an administrator finds an employee by
 * NIP or name, sees who evaluates them (the head, or an assigned official) and assigns another employee or clears the
 * assignment, and reads the employee's assessments with their evidence files; below, everyone with an assigned
 * official. The use case refuses the employee as their own official.
 */
@Named
@ViewScoped
public class EvaluatorsView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;
    private static final String BETWEEN = " — ";

    @EJB
    EvaluatorService evaluators;

    @EJB
    EmployeeService employees;

    @EJB
    AssessmentService assessments;

    @EJB
    EvidenceService evidence;

    private String employeeChoice;
    private String officialChoice;
    private EvaluatorView selected;
    private List<EvaluatorView> assigned;
    private List<AssessmentView> rated = List.of();
    private List<EvidenceView> evidenceGiven = List.of();

    /** Employees whose NIP or name contains the text, as {@code NIP — name}. */
    public List<String> suggest(String text) {
        return employees.search(null, null, text, PageRequest.of(0, SUGGESTIONS)).items().stream()
                .map(e -> e.nip() + BETWEEN + e.name()).toList();
    }

    /** Shows the chosen employee's official. */
    public void show() {
        try {
            selected = evaluators.find(nipOf(employeeChoice));
            officialChoice = null;
            rated = assessments.of(selected.nip(), null);
            evidenceGiven = evidence.of(selected.nip(), null);
        } catch (NotFoundException e) {
            selected = null;
            FacesMessages.refused(e);
        }
    }

    /** Opens the employee of a row of the assigned list. */
    public void open(String nip) {
        employeeChoice = nip;
        show();
    }

    public void assign() {
        if (UseCase.run(() -> selected = evaluators.assign(selected.nip(), nipOf(officialChoice)),
                "skp.evaluatorAssigned", selected.name())) {
            assigned = null;
        }
    }

    public void clear() {
        if (UseCase.run(() -> selected = evaluators.clear(selected.nip()), "skp.evaluatorCleared", selected.name())) {
            assigned = null;
        }
    }

    // the NIP is what the administrator typed, or the part of a suggestion before its name
    private static String nipOf(String choice) {
        return choice == null ? "" : choice.split(BETWEEN, 2)[0].strip();
    }

    /** The evidence of one of the selected employee's assessments. */
    public List<EvidenceView> evidenceOf(AssessmentView a) {
        return evidenceGiven.stream().filter(e -> e.of(a)).toList();
    }

    /** The selected employee's assessments, every year. */
    public List<AssessmentView> getRated() { return rated; }

    public List<EvaluatorView> getAssigned() {
        if (assigned == null) {
            assigned = evaluators.assigned();
        }
        return assigned;
    }

    public EvaluatorView getSelected() { return selected; }

    public String getEmployeeChoice() { return employeeChoice; }

    public void setEmployeeChoice(String employeeChoice) { this.employeeChoice = employeeChoice; }

    public String getOfficialChoice() { return officialChoice; }

    public void setOfficialChoice(String officialChoice) { this.officialChoice = officialChoice; }
}
