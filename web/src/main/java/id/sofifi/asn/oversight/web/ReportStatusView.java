package id.sofifi.asn.oversight.web;

import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.oversight.application.ComplaintService;
import id.sofifi.asn.oversight.application.ComplaintView;
import id.sofifi.asn.oversight.domain.Step;
import id.sofifi.asn.platform.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Supplier;

/**
 * The public status of a report ({@code /lapor/status.xhtml?kode=}). The secret is typed into a posted form, never
 * put in the address; a confidential case without it reads as not found, as on the API.
 */
@Named
@RequestScoped
public class ReportStatusView {
    @EJB
    ComplaintService complaints;

    private String kode;
    private String secret;
    private ComplaintView complaint;
    private Integer rating;
    private String replyText;

    public void check() {
        if (kode == null || kode.isBlank()) {
            complaint = null;
            return;
        }
        try {
            complaint = complaints.read(kode, secret);
        } catch (NotFoundException e) {
            complaint = null;
        }
    }

    /** The reporter rates the unit's answer with the secret; the case closes. */
    public void rate() {
        act(() -> complaints.rate(kode, secret, rating), "lapor.answer.rated");
    }

    /** The reporter answers the unit's follow-up with the secret; the case goes back to the unit. */
    public void reply() {
        act(() -> complaints.reply(kode, secret, replyText), "lapor.answer.replied");
    }

    private void act(Supplier<ComplaintView> action, String doneKey) {
        try {
            complaint = action.get();
            FacesMessages.info(doneKey, kode);
        } catch (DomainException e) {
            ComplaintFields.refused(e);
            check();
        }
    }

    /** The ratings a reporter may give, 1 (not satisfied) to 4 (very satisfied). */
    public List<Integer> getRatings() {
        return List.of(1, 2, 3, 4);
    }

    public Integer getRating() { return rating; }

    public void setRating(Integer rating) { this.rating = rating; }

    public String getReplyText() { return replyText; }

    public void setReplyText(String replyText) { this.replyText = replyText; }

    public String getKode() { return kode; }

    public void setKode(String kode) { this.kode = kode; }

    public String getSecret() { return secret; }

    public void setSecret(String secret) { this.secret = secret; }

    public ComplaintView getComplaint() { return complaint; }

    /** The four steps in the order the page lists them. */
    public List<Step> getSteps() {
        return List.of(Step.values());
    }
}
