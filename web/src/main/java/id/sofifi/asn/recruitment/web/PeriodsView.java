package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.platform.web.PagedLazyModel;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.application.PeriodView;
import id.sofifi.asn.recruitment.application.SelectionPeriodService;
import id.sofifi.asn.recruitment.domain.ProcurementType;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** Staff screen: selection periods with their registration windows, SKD thresholds and document retention. */
@Named
@ViewScoped
public class PeriodsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    SelectionPeriodService periods;

    private final PagedLazyModel<PeriodView> table = new PagedLazyModel<>(
            (filters, request) -> periods.list(filters.get("name"), request));
    private PeriodForm form = new PeriodForm();
    private ThresholdsForm thresholds = new ThresholdsForm();
    /** The period being edited, or null when a new one is being created. */
    private PeriodView editing;
    private LocalDate retainedUntil;

    public void startNew() {
        editing = null;
        form = new PeriodForm();
    }

    public void startEdit(PeriodView period) {
        editing = period;
        form = PeriodForm.of(period);
    }

    public void save() {
        if (editing == null) {
            UseCase.run(() -> periods.create(form.toDetails()), "period.saved", form.getCode());
        } else {
            UseCase.run(() -> periods.revise(editing.code(), editing.version(), form.toDetails()), "period.saved",
                    form.getCode());
        }
    }

    public void startThresholds(PeriodView period) {
        editing = period;
        thresholds = ThresholdsForm.of(period.thresholds());
    }

    public void saveThresholds() {
        UseCase.run(() -> periods.changeThresholds(editing.code(), editing.version(), thresholds.toDomain()),
                "period.thresholdsSaved", editing.code());
    }

    public void startRetention(PeriodView period) {
        editing = period;
        retainedUntil = period.documentsRetainedUntil();
    }

    /** §6: the end of the period's document retention, moved by an administrator. */
    public void saveRetention() {
        UseCase.run(() -> periods.retainDocumentsUntil(editing.code(), editing.version(), retainedUntil),
                "period.retentionSaved", editing.code());
    }

    public LocalDate getRetainedUntil() { return retainedUntil; }

    public void setRetainedUntil(LocalDate retainedUntil) { this.retainedUntil = retainedUntil; }

    public void delete(PeriodView period) {
        UseCase.run(() -> periods.delete(period.code(), period.version()), "period.deleted", period.code());
    }

    public ProcurementType[] getTypes() { return ProcurementType.values(); }

    public PagedLazyModel<PeriodView> getTable() { return table; }

    public PeriodForm getForm() { return form; }

    public ThresholdsForm getThresholds() { return thresholds; }

    /** The period whose dialog is open, or null for a new one. */
    public PeriodView getEditedPeriod() {
        return editing;
    }
}
