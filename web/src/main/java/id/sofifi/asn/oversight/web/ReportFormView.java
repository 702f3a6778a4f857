package id.sofifi.asn.oversight.web;

import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.oversight.application.AttachmentUpload;
import id.sofifi.asn.oversight.application.ComplaintAttachments;
import id.sofifi.asn.oversight.application.ComplaintService;
import id.sofifi.asn.oversight.application.FiledComplaint;
import id.sofifi.asn.oversight.domain.ComplaintKind;
import id.sofifi.asn.oversight.domain.Filing;
import id.sofifi.asn.oversight.domain.Privacy;
import id.sofifi.asn.oversight.domain.Reporter;
import id.sofifi.asn.platform.documents.UploadLimit;
import id.sofifi.asn.platform.web.UploadedParts;
import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * The public report form ({@code /lapor.xhtml}): on success the tracking code and the secret are shown on this one
 * answer and nowhere else. Up to three files go with the report (fields {@code attachment1}–{@code attachment3});
 * a refused file refuses the report, so nothing is filed half.
 */
@Named
@RequestScoped
public class ReportFormView {
    @EJB
    ComplaintService complaints;

    @EJB
    ComplaintAttachments attachments;

    @EJB
    WorkUnitService workUnits;

    private ComplaintKind kind = ComplaintKind.COMPLAINT;
    private Privacy privacy = Privacy.PUBLIC;
    private String title;
    private String body;
    private String workUnitCode;
    private String serviceUnitCode;
    private String name;
    private String email;
    private String phone;
    private FiledComplaint filed;
    private Part attachment1;
    private Part attachment2;
    private Part attachment3;

    public void file() {
        try {
            filed = complaints.file(new Filing(kind, privacy, title, body, workUnitCode, serviceUnitCode,
                    new Reporter(name, email, phone)), uploads());
        } catch (DomainException e) {
            ComplaintFields.refused(e);
        }
    }

    /** The chosen files, each under the field it is refused by; a field left empty sends nothing. */
    private List<AttachmentUpload> uploads() {
        Part[] parts = {attachment1, attachment2, attachment3};
        List<AttachmentUpload> uploads = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (UploadedParts.chosen(parts[i])) {
                uploads.add(new AttachmentUpload("attachment" + (i + 1),
                        UploadedParts.read(parts[i], attachments.maxBytes())));
            }
        }
        return uploads;
    }

    /** The upload limit in MB as the hint says it. */
    public String getMaxMegabytes() {
        return UploadLimit.megabytes(attachments.maxBytes());
    }

    public List<WorkUnitView> getUnits() { return workUnits.tree(); }

    public ComplaintKind[] getKinds() { return ComplaintKind.values(); }

    public Privacy[] getPrivacies() { return Privacy.values(); }

    public FiledComplaint getFiled() { return filed; }

    public ComplaintKind getKind() { return kind; }

    public void setKind(ComplaintKind kind) { this.kind = kind; }

    public Privacy getPrivacy() { return privacy; }

    public void setPrivacy(Privacy privacy) { this.privacy = privacy; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public String getBody() { return body; }

    public void setBody(String body) { this.body = body; }

    public String getWorkUnitCode() { return workUnitCode; }

    public void setWorkUnitCode(String workUnitCode) { this.workUnitCode = workUnitCode; }

    public String getServiceUnitCode() { return serviceUnitCode; }

    public void setServiceUnitCode(String serviceUnitCode) { this.serviceUnitCode = serviceUnitCode; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email; }

    public String getPhone() { return phone; }

    public void setPhone(String phone) { this.phone = phone; }

    public Part getAttachment1() { return attachment1; }

    public void setAttachment1(Part attachment1) { this.attachment1 = attachment1; }

    public Part getAttachment2() { return attachment2; }

    public void setAttachment2(Part attachment2) { this.attachment2 = attachment2; }

    public Part getAttachment3() { return attachment3; }

    public void setAttachment3(Part attachment3) { this.attachment3 = attachment3; }
}
