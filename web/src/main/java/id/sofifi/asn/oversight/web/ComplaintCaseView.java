package id.sofifi.asn.oversight.web;

import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.oversight.application.AttachmentView;
import id.sofifi.asn.oversight.application.ComplaintAttachments;
import id.sofifi.asn.oversight.application.ComplaintService;
import id.sofifi.asn.oversight.application.ComplaintView;
import id.sofifi.asn.oversight.application.DuplicateCases;
import id.sofifi.asn.oversight.application.DuplicateSuggestion;
import id.sofifi.asn.platform.web.FacesMessages;
import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * Staff screen of one case ({@code /staff/admin/complaint.xhtml?kode=}): route it to a unit, refuse it with a
 * reason, post the unit's follow-up (the administrator for now, until unit officials have their role), close or
 * reopen it. Each action shows the case as it then stands, with the reporter's files to open (each opening audited).
 */
@Named
@ViewScoped
public class ComplaintCaseView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    ComplaintService complaints;

    @EJB
    WorkUnitService workUnits;

    @EJB
    DuplicateCases duplicates;

    @EJB
    ComplaintAttachments attachments;

    private String kode;
    private ComplaintView complaint;
    private String workUnitCode;
    private String note;
    private List<DuplicateSuggestion> suggestions = List.of();
    private List<AttachmentView> files = List.of();

    public void load() {
        act(() -> complaints.read(kode, null), null);
    }

    public void route() {
        act(() -> complaints.route(kode, workUnitCode), "complaint.done.routed");
    }

    public void refuse() {
        act(() -> complaints.refuse(kode, note), "complaint.done.refused");
    }

    public void followUp() {
        act(() -> complaints.followUp(kode, note), "complaint.done.followedUp");
    }

    public void close() {
        act(() -> complaints.close(kode), "complaint.done.closed");
    }

    /** Ends this case as a duplicate of {@code intoCode} (confirmed on the screen first). */
    public void mergeInto(String intoCode) {
        act(() -> duplicates.merge(kode, intoCode), "complaint.done.merged");
    }

    public void reopen() {
        act(() -> complaints.reopen(kode, note), "complaint.done.reopened");
    }

    private void act(Supplier<ComplaintView> action, String doneKey) {
        try {
            complaint = action.get();
            note = null;
            suggestions = complaint.status().finished() ? List.of() : duplicates.suggestions(kode);
            files = attachments.of(kode, null);
            if (doneKey != null) {
                FacesMessages.info(doneKey, kode);
            }
        } catch (DomainException e) {
            ComplaintFields.refused(e);
        }
    }

    public List<WorkUnitView> getUnits() { return workUnits.tree(); }

    public List<DuplicateSuggestion> getSuggestions() { return suggestions; }

    public List<AttachmentView> getFiles() { return files; }

    public String getKode() { return kode; }

    public void setKode(String kode) { this.kode = kode; }

    public ComplaintView getComplaint() { return complaint; }

    public String getWorkUnitCode() { return workUnitCode; }

    public void setWorkUnitCode(String workUnitCode) { this.workUnitCode = workUnitCode; }

    public String getNote() { return note; }

    public void setNote(String note) { this.note = note; }
}
