package id.sofifi.asn.selection.web;

import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.platform.web.FacesMessages;
import id.sofifi.asn.platform.web.PagedLazyModel;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.domain.SkbWeights;
import id.sofifi.asn.recruitment.web.PeriodScreen;
import id.sofifi.asn.selection.application.FinalResultView;
import id.sofifi.asn.selection.application.ResultService;
import id.sofifi.asn.selection.application.SkbWeightsService;
import id.sofifi.asn.selection.application.SkdResultView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Hasil seleksi: the SKD and final results of a period, by formation then rank, each linked to its
 * explanation; and, for one formation, how its SKB is weighed (§1.6).
 */
@Named
@ViewScoped
public class ResultsView extends PeriodScreen {
    private static final long serialVersionUID = 1L;

    @EJB
    ResultService results;

    @EJB
    SkbWeightsService weights;

    private String formationCode;
    private BigDecimal catWeight;
    private BigDecimal extraWeight;
    private final PagedLazyModel<SkdResultView> skd = new PagedLazyModel<>(
            (filters, request) -> results.skdResults(periodCode, formation(), request));
    private final PagedLazyModel<FinalResultView> finals = new PagedLazyModel<>(
            (filters, request) -> results.finalResults(periodCode, formation(), request));

    /** Shows the chosen formation's weights (or none when no formation is chosen). */
    public void filter() {
        catWeight = null;
        extraWeight = null;
        if (formation() != null) {
            try {
                SkbWeights current = weights.weights(periodCode, formation());
                catWeight = current.cat();
                extraWeight = current.extra();
            } catch (DomainException e) {
                FacesMessages.refused(e);
            }
        }
    }

    public void saveWeights() {
        UseCase.run(() -> {
            SkbWeights saved = weights.set(periodCode, formation(), null, catWeight, extraWeight);
            catWeight = saved.cat();
            extraWeight = saved.extra();
        }, "results.weightsSaved", formation());
    }

    private String formation() {
        return formationCode == null || formationCode.isBlank() ? null : formationCode.strip().toUpperCase(Locale.ROOT);
    }

    public boolean isFormationChosen() { return catWeight != null; }

    public PagedLazyModel<SkdResultView> getSkd() { return skd; }

    public PagedLazyModel<FinalResultView> getFinals() { return finals; }

    public String getFormationCode() { return formationCode; }

    public void setFormationCode(String formationCode) { this.formationCode = formationCode; }

    public BigDecimal getCatWeight() { return catWeight; }

    public void setCatWeight(BigDecimal catWeight) { this.catWeight = catWeight; }

    public BigDecimal getExtraWeight() { return extraWeight; }

    public void setExtraWeight(BigDecimal extraWeight) { this.extraWeight = extraWeight; }
}
