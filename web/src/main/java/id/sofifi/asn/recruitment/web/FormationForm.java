package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.recruitment.application.FormationView;
import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.FormationDetails;
import java.io.Serializable;

/** The formation dialog's fields, kept as typed even when the save is refused. */
public class FormationForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String position;
    private String workUnitCode;
    private String education;
    private FormationCategory category = FormationCategory.GENERAL;
    private Integer quota = 1;

    static FormationForm of(FormationView f) {
        FormationForm form = new FormationForm();
        form.code = f.code();
        form.position = f.position();
        form.workUnitCode = f.workUnitCode();
        form.education = f.education();
        form.category = f.category();
        form.quota = f.quota();
        return form;
    }

    FormationDetails toDetails() {
        return new FormationDetails(code, position, workUnitCode, education, category, quota);
    }

    public String getCode() { return code; }

    public void setCode(String code) { this.code = code; }

    public String getPosition() { return position; }

    public void setPosition(String position) { this.position = position; }

    public String getWorkUnitCode() { return workUnitCode; }

    public void setWorkUnitCode(String workUnitCode) { this.workUnitCode = workUnitCode; }

    public String getEducation() { return education; }

    public void setEducation(String education) { this.education = education; }

    public FormationCategory getCategory() { return category; }

    public void setCategory(FormationCategory category) { this.category = category; }

    public Integer getQuota() { return quota; }

    public void setQuota(Integer quota) { this.quota = quota; }
}
