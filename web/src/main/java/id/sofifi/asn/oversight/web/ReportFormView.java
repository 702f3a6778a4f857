package id.sofifi.asn.oversight.web;

import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.oversight.application.ComplaintService;
import id.sofifi.asn.oversight.application.FiledComplaint;
import id.sofifi.asn.oversight.domain.ComplaintKind;
import id.sofifi.asn.oversight.domain.Filing;
import id.sofifi.asn.oversight.domain.Privacy;
import id.sofifi.asn.oversight.domain.Reporter;
import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The public report form ({@code /lapor.xhtml}): on success the tracking code and the secret are shown on this one
 * answer and nowhere else.
 */
@Named
@RequestScoped
public class ReportFormView {
    @EJB
    ComplaintService complaints;

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

    public void file() {
        try {
            filed = complaints.file(new Filing(kind, privacy, title, body, workUnitCode, serviceUnitCode,
                    new Reporter(name, email, phone)));
        } catch (DomainException e) {
            ComplaintFields.refused(e);
        }
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
}
