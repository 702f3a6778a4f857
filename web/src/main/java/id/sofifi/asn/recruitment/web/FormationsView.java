package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.platform.web.PagedLazyModel;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.application.FormationService;
import id.sofifi.asn.recruitment.application.FormationView;
import id.sofifi.asn.recruitment.application.PeriodView;
import id.sofifi.asn.recruitment.application.SelectionPeriodService;
import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.FormationFilter;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Staff screen: the formations of one selection period, searchable and paged in the database. */
@Named
@ViewScoped
public class FormationsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    FormationService formations;

    @EJB
    SelectionPeriodService periods;

    @EJB
    WorkUnitService workUnits;

    private List<PeriodView> periodChoices;
    private List<WorkUnitView> workUnitChoices;
    private String periodCode;
    private final PagedLazyModel<FormationView> table = new PagedLazyModel<>(this::load);
    private FormationForm form = new FormationForm();
    private FormationView editing;

    @PostConstruct
    void init() {
        periodChoices = periods.list(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        workUnitChoices = workUnits.all();
        if (!periodChoices.isEmpty()) {
            periodCode = periodChoices.get(periodChoices.size() - 1).code();
        }
    }

    private Page<FormationView> load(Map<String, String> filters, PageRequest request) {
        String category = filters.get("category");
        FormationFilter filter = new FormationFilter(periodCode == null ? "" : periodCode, filters.get("workUnitCode"),
                category == null ? null : FormationCategory.valueOf(category), null, filters.get("position"));
        return formations.search(filter, request);
    }

    public void startNew() {
        editing = null;
        form = new FormationForm();
    }

    public void startEdit(FormationView formation) {
        editing = formation;
        form = FormationForm.of(formation);
    }

    public void save() {
        if (editing == null) {
            UseCase.run(() -> formations.create(periodCode, form.toDetails()), "formation.saved", form.getCode());
        } else {
            UseCase.run(
                    () -> formations.revise(editing.periodCode(), editing.code(), editing.version(), form.toDetails()),
                    "formation.saved", form.getCode());
        }
    }

    public void delete(FormationView formation) {
        UseCase.run(() -> formations.delete(formation.periodCode(), formation.code(), formation.version()),
                "formation.deleted", formation.code());
    }

    public FormationCategory[] getCategories() { return FormationCategory.values(); }

    public List<PeriodView> getPeriodChoices() { return periodChoices; }

    public List<WorkUnitView> getWorkUnitChoices() { return workUnitChoices; }

    public String getPeriodCode() { return periodCode; }

    public void setPeriodCode(String periodCode) { this.periodCode = periodCode; }

    public PagedLazyModel<FormationView> getTable() { return table; }

    public FormationForm getForm() { return form; }
}
