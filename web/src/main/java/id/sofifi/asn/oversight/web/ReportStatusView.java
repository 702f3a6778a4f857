package id.sofifi.asn.oversight.web;

import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.oversight.application.ComplaintService;
import id.sofifi.asn.oversight.application.ComplaintView;
import id.sofifi.asn.oversight.domain.Step;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

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
