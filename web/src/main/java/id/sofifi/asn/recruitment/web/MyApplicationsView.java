package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.kernel.web.UseCase;
import id.sofifi.asn.recruitment.application.ApplicationView;
import id.sofifi.asn.recruitment.application.ObjectionService;
import id.sofifi.asn.recruitment.application.RegistrationService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "Lamaran saya": the applicant's applications with their timelines, card download and objection. */
@Named
@ViewScoped
public class MyApplicationsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    RegistrationService registrations;
    @EJB
    ObjectionService objections;

    private List<ApplicationView> applications;
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

    public List<ApplicationView> getApplications() {
        return applications;
    }

    public String getObjectionReason() {
        return objectionReason;
    }

    public void setObjectionReason(String objectionReason) {
        this.objectionReason = objectionReason;
    }
}
