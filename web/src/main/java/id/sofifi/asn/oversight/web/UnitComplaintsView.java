package id.sofifi.asn.oversight.web;

import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.oversight.application.ComplaintService;
import id.sofifi.asn.oversight.application.ComplaintView;
import id.sofifi.asn.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Laporan untuk unit saya ({@code /asn/laporan.xhtml}): a unit head, signed in as an employee, reads the cases routed
 * to their unit (never the reporter) and posts the unit's follow-up on each, with its deadline in view.
 */
@Named
@ViewScoped
public class UnitComplaintsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    ComplaintService complaints;

    private List<ComplaintView> cases;
    private final Map<String, String> answers = new HashMap<>();

    @PostConstruct
    void load() {
        cases = complaints.forMyUnit();
    }

    /** Posts the follow-up typed for the case; the list then shows it as followed up. */
    public void followUp(String trackingCode) {
        try {
            complaints.followUp(trackingCode, answers.get(trackingCode));
            answers.remove(trackingCode);
            FacesMessages.info("complaint.done.followedUp", trackingCode);
            load();
        } catch (DomainException e) {
            ComplaintFields.refused(e);
        }
    }

    public List<ComplaintView> getCases() { return cases; }

    public Map<String, String> getAnswers() { return answers; }
}
