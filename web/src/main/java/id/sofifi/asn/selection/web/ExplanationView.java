package id.sofifi.asn.selection.web;

import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.platform.web.FacesMessages;
import id.sofifi.asn.selection.application.Explanation;
import id.sofifi.asn.selection.application.ResultService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** One applicant's results with the reasons, for staff ({@code staff/hasil.xhtml?no=}). */
@Named
@RequestScoped
public class ExplanationView {
    @EJB
    ResultService results;

    private String number;
    private Explanation explanation;

    public void load() {
        try {
            explanation = number == null ? null : results.explain(number.strip());
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public String getNumber() { return number; }

    public void setNumber(String number) { this.number = number; }

    public Explanation getExplanation() { return explanation; }
}
