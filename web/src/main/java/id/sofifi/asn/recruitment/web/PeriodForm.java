package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.platform.web.Formats;
import id.sofifi.asn.recruitment.application.PeriodView;
import id.sofifi.asn.recruitment.domain.PeriodDetails;
import id.sofifi.asn.recruitment.domain.ProcurementType;
import java.io.Serializable;
import java.time.LocalDateTime;

/** The period dialog's fields, kept as typed even when the save is refused. */
public class PeriodForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String name;
    private Integer year;
    private ProcurementType type = ProcurementType.CPNS;
    private LocalDateTime registrationOpens;
    private LocalDateTime registrationCloses;
    private Integer objectionDays = PeriodDetails.DEFAULT_OBJECTION_DAYS;

    static PeriodForm of(PeriodView p) {
        PeriodForm f = new PeriodForm();
        f.code = p.code();
        f.name = p.name();
        f.year = p.year();
        f.type = p.type();
        f.registrationOpens = Formats.toWit(p.registrationOpens());
        f.registrationCloses = Formats.toWit(p.registrationCloses());
        f.objectionDays = p.objectionDays();
        return f;
    }

    PeriodDetails toDetails() {
        return new PeriodDetails(code, name, year, type, Formats.fromWit(registrationOpens),
                Formats.fromWit(registrationCloses), objectionDays);
    }

    public String getCode() { return code; }

    public void setCode(String code) { this.code = code; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public Integer getYear() { return year; }

    public void setYear(Integer year) { this.year = year; }

    public ProcurementType getType() { return type; }

    public void setType(ProcurementType type) { this.type = type; }

    public LocalDateTime getRegistrationOpens() { return registrationOpens; }

    public void setRegistrationOpens(LocalDateTime registrationOpens) { this.registrationOpens = registrationOpens; }

    public LocalDateTime getRegistrationCloses() { return registrationCloses; }

    public void setRegistrationCloses(LocalDateTime registrationCloses) {
        this.registrationCloses = registrationCloses;
    }

    public Integer getObjectionDays() { return objectionDays; }

    public void setObjectionDays(Integer objectionDays) { this.objectionDays = objectionDays; }
}
