package id.sofifi.asn.oversight.web;

import id.sofifi.asn.oversight.application.ComplaintService;
import id.sofifi.asn.oversight.application.ComplaintView;
import id.sofifi.asn.oversight.domain.ComplaintStatus;
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

    private ComplaintStatus status;
    private final PagedLazyModel<ComplaintView> table = new PagedLazyModel<>(
            (filters, request) -> complaints.search(status, filters.get("title"), request));

    public ComplaintStatus[] getStatuses() { return ComplaintStatus.values(); }

    public PagedLazyModel<ComplaintView> getTable() { return table; }

    public ComplaintStatus getStatus() { return status; }

    public void setStatus(ComplaintStatus status) { this.status = status; }
}
