package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.application.FormationService;
import id.sofifi.asn.recruitment.application.FormationView;
import id.sofifi.asn.recruitment.application.PeriodView;
import id.sofifi.asn.recruitment.application.SelectionPeriodService;
import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.FormationFilter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * The public portal: periods open for registration and their formations. A plain GET form drives the
 * filters, so the page works without JavaScript, can be bookmarked and stays small on a slow link.
 */
@Named
@RequestScoped
public class PortalView {
    static final int PAGE_SIZE = 20;
    private static final int MAX_PAGE = 100_000;

    @EJB
    SelectionPeriodService periods;

    @EJB
    FormationService formations;

    @EJB
    WorkUnitService workUnits;

    private String period;
    private String workUnit;
    private String category;
    private String education;
    private String q;
    /** As typed in the address; anything that is not a sensible page number means the first page. */
    private String page;

    private int pageNumber;

    private List<PeriodView> openPeriods;
    private List<WorkUnitView> workUnitChoices;
    private List<String> educationChoices;
    private Page<FormationView> results;

    /** Runs after the view parameters are set (f:viewAction). */
    public void load() {
        openPeriods = periods.notClosed();
        if ((period == null || period.isBlank()) && !openPeriods.isEmpty()) {
            period = openPeriods.get(0).code();
        }
        FormationCategory chosen = Arrays.stream(FormationCategory.values()).filter(c -> c.name().equals(category))
                .findFirst().orElse(null);
        workUnitChoices = workUnits.all();
        educationChoices = period == null ? List.of() : formations.educations(period);
        pageNumber = parsePage(page);
        results = period == null
                ? new Page<>(List.of(), 0, PAGE_SIZE, 0)
                : formations.search(new FormationFilter(period, workUnit, chosen, education, q),
                        PageRequest.of(pageNumber, PAGE_SIZE));
    }

    private static int parsePage(String text) {
        try {
            int number = Integer.parseInt(text == null ? "0" : text.strip());
            return number >= 0 && number <= MAX_PAGE ? number : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public PeriodView getSelectedPeriod() {
        return openPeriods.stream().filter(p -> p.code().equals(period)).findFirst().orElse(null);
    }

    public List<String> getEducations() { return educationChoices; }

    public List<WorkUnitView> getWorkUnits() { return workUnitChoices; }

    public FormationCategory[] getCategories() { return FormationCategory.values(); }

    public boolean isHasPrevious() { return results.page() > 0; }

    public boolean isHasNext() { return (long) (results.page() + 1) * results.size() < results.total(); }

    public List<PeriodView> getOpenPeriods() { return openPeriods; }

    public Page<FormationView> getResults() { return results; }

    public String getPeriod() { return period; }

    public void setPeriod(String period) { this.period = period; }

    public String getWorkUnit() { return workUnit; }

    public void setWorkUnit(String workUnit) { this.workUnit = workUnit; }

    public String getCategory() { return category; }

    public void setCategory(String category) { this.category = category; }

    public String getEducation() { return education; }

    public void setEducation(String education) { this.education = education; }

    public String getQ() { return q; }

    public void setQ(String q) { this.q = q; }

    public String getPage() { return page; }

    public void setPage(String page) { this.page = page; }

    public int getPageNumber() { return pageNumber; }
}
