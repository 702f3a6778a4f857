package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.application.ApplicationView;
import id.sofifi.asn.recruitment.application.ObjectionService;
import id.sofifi.asn.recruitment.application.RegistrationService;
import id.sofifi.asn.selection.application.Explanation;
import id.sofifi.asn.selection.application.ResultService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Lamaran saya": the applicant's applications with their timelines, card download, objection, and the
 * explained selection results.
 */
@Named
@ViewScoped
public class MyApplicationsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    RegistrationService registrations;

    @EJB
    ObjectionService objections;

    @EJB
    ResultService results;

    private List<ApplicationView> applications;
    private final Map<String, Explanation> explanations = new HashMap<>();
    private final Map<String, Instant> objectionWindows = new HashMap<>();
    private String objectionReason;

    @PostConstruct
    void load() {
        applications = registrations.mine();
    }

    public void fileObjection(String registrationNumber) {
        if (UseCase.run(() -> objections.file(registrationNumber, objectionReason), "objection.filed")) {
            objectionReason = null;
            load();
        }
    }

    /** Why the applicant stands where they do in the selection (read once per view). */
    public Explanation explanation(String registrationNumber) {
        return explanations.computeIfAbsent(registrationNumber, results::explain);
    }

    /** The end of the objection window (masa sanggah) of the application's period, null before it opens. */
    public Instant objectionCloses(String registrationNumber) {
        if (!objectionWindows.containsKey(registrationNumber)) {
            objectionWindows.put(registrationNumber, objections.windowCloses(registrationNumber).orElse(null));
        }
        return objectionWindows.get(registrationNumber);
    }

    public List<ApplicationView> getApplications() { return applications; }

    public String getObjectionReason() { return objectionReason; }

    public void setObjectionReason(String objectionReason) { this.objectionReason = objectionReason; }
}
