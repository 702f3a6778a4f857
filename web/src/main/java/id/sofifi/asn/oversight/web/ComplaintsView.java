package id.sofifi.asn.oversight.web;

import id.sofifi.asn.oversight.application.ComplaintService;
import id.sofifi.asn.oversight.application.ComplaintView;
import id.sofifi.asn.oversight.application.DeadlineSweep;
import id.sofifi.asn.oversight.domain.ComplaintStatus;
import id.sofifi.asn.platform.web.FacesMessages;
import id.sofifi.asn.platform.web.PagedLazyModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Staff screen: every report, filtered by status and searched by tracking code or title; oldest first. */
@Named
@ViewScoped
public class ComplaintsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    ComplaintService complaints;

    @EJB
    DeadlineSweep sweep;

    private ComplaintStatus status;
    private final PagedLazyModel<ComplaintView> table = new PagedLazyModel<>(
            (filters, request) -> complaints.search(status, filters.get("title"), request));

    /** Runs the daily deadline sweep now and says what it did. */
    public void sweep() {
        DeadlineSweep.Result result = sweep.sweep();
        if (result.ran()) {
            FacesMessages.info("complaint.swept", result.closed(), result.escalated());
        } else {
            FacesMessages.error("complaint.sweepBusy");
        }
    }

    public ComplaintStatus[] getStatuses() { return ComplaintStatus.values(); }

    public PagedLazyModel<ComplaintView> getTable() { return table; }

    public ComplaintStatus getStatus() { return status; }

    public void setStatus(ComplaintStatus status) { this.status = status; }
}
