package id.sofifi.asn.servicequality.web;

import id.sofifi.asn.platform.web.PagedLazyModel;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.servicequality.application.FlaggedResponseView;
import id.sofifi.asn.servicequality.application.ServiceUnitService;
import id.sofifi.asn.servicequality.application.ServiceUnitView;
import id.sofifi.asn.servicequality.application.SurveyFlagService;
import id.sofifi.asn.servicequality.domain.FlagReason;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Staff screen for the BKD: flagged survey responses per service unit with the reason, filterable by unit, reason
 * and whether excluded; a dialog to exclude one with a written reason, and a button to count it again.
 */
@Named
@ViewScoped
public class FlaggedResponsesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    SurveyFlagService flags;

    @EJB
    ServiceUnitService units;

    private String unit;
    private FlagReason reason;
    private String status = "OPEN";
    private final PagedLazyModel<FlaggedResponseView> table = new PagedLazyModel<>(
            (filters, request) -> flags.flagged(unit, reason, excluded(), request));
    private FlaggedResponseView chosen;
    private String exclusionReason;

    /** {@code OPEN}: still counted, {@code EXCLUDED}, or anything else: all. */
    private Boolean excluded() {
        return "OPEN".equals(status) ? Boolean.FALSE : "EXCLUDED".equals(status) ? Boolean.TRUE : null;
    }

    public void choose(FlaggedResponseView response) {
        chosen = response;
        exclusionReason = null;
    }

    public void exclude() {
        UseCase.run(() -> flags.exclude(chosen.serviceUnitCode(), chosen.id(), exclusionReason),
                "surveyFlag.excludedDone", chosen.id());
    }

    public void include(FlaggedResponseView response) {
        UseCase.run(() -> flags.include(response.serviceUnitCode(), response.id()), "surveyFlag.includedDone",
                response.id());
    }

    /** The answers as the paper form writes them, a dash for a blank. */
    public String answers(FlaggedResponseView response) {
        return String.join(" ", response.answers().stream().map(a -> a == null ? "–" : String.valueOf(a)).toList());
    }

    public List<ServiceUnitView> getUnits() { return units.all(); }

    public FlagReason[] getReasons() { return FlagReason.values(); }

    public PagedLazyModel<FlaggedResponseView> getTable() { return table; }

    public String getUnit() { return unit; }

    public void setUnit(String unit) { this.unit = unit; }

    public FlagReason getReason() { return reason; }

    public void setReason(FlagReason reason) { this.reason = reason; }

    public String getStatus() { return status; }

    public void setStatus(String status) { this.status = status; }

    public FlaggedResponseView getChosen() { return chosen; }

    public String getExclusionReason() { return exclusionReason; }

    public void setExclusionReason(String exclusionReason) { this.exclusionReason = exclusionReason; }
}
