package id.sofifi.asn.development.web;

import id.sofifi.asn.development.application.PartnerView;
import id.sofifi.asn.development.application.TrainingPartnerService;
import id.sofifi.asn.development.application.TrainingService;
import id.sofifi.asn.development.application.TrainingView;
import id.sofifi.asn.development.domain.Competence;
import id.sofifi.asn.development.domain.Jp;
import id.sofifi.asn.development.domain.TrainingDetails;
import id.sofifi.asn.development.domain.TrainingForm;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.web.PagedLazyModel;
import id.sofifi.asn.platform.web.UseCase;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Staff screen: every training with its places left, and a dialog to add one. The JP is typed as text so that
 * {@code 24,125} is refused with the JP rule's own words instead of being rounded by a number field.
 */
@Named
@ViewScoped
public class TrainingsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    TrainingService trainings;

    @EJB
    TrainingPartnerService partners;

    private final PagedLazyModel<TrainingView> table = new PagedLazyModel<>(
            (filters, request) -> trainings.list(request));
    private String code;
    private String title;
    private String partnerCode;
    private Competence competence;
    private TrainingForm form;
    private boolean latsar;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String jp;
    private Integer capacity;

    public void startNew() {
        code = null;
        title = null;
        partnerCode = null;
        competence = Competence.TECHNICAL;
        form = TrainingForm.CLASSICAL;
        latsar = false;
        startsOn = null;
        endsOn = null;
        jp = null;
        capacity = null;
    }

    public void save() {
        UseCase.run(() -> {
            Violations v = new Violations();
            Jp parsed = Jp.parse(jp == null ? null : jp.replace(',', '.'), "jp", v);
            TrainingDetails details = new TrainingDetails(code, title, partnerCode, competence, form, latsar, startsOn,
                    endsOn, parsed, capacity);
            details.validate(v);
            v.throwIfAny();
            trainings.create(details);
        }, "training.saved", code);
    }

    public List<PartnerView> getPartners() { return partners.all(); }

    public Competence[] getCompetences() { return Competence.values(); }

    public TrainingForm[] getForms() { return TrainingForm.values(); }

    public PagedLazyModel<TrainingView> getTable() { return table; }

    public String getCode() { return code; }

    public void setCode(String code) { this.code = code; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public String getPartnerCode() { return partnerCode; }

    public void setPartnerCode(String partnerCode) { this.partnerCode = partnerCode; }

    public Competence getCompetence() { return competence; }

    public void setCompetence(Competence competence) { this.competence = competence; }

    public TrainingForm getForm() { return form; }

    public void setForm(TrainingForm form) { this.form = form; }

    public boolean isLatsar() { return latsar; }

    public void setLatsar(boolean latsar) { this.latsar = latsar; }

    public LocalDate getStartsOn() { return startsOn; }

    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }

    public LocalDate getEndsOn() { return endsOn; }

    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }

    public String getJp() { return jp; }

    public void setJp(String jp) { this.jp = jp; }

    public Integer getCapacity() { return capacity; }

    public void setCapacity(Integer capacity) { this.capacity = capacity; }
}
