package id.sofifi.asn.servicequality.web;

import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.platform.web.LocaleView;
import id.sofifi.asn.platform.web.Texts;
import id.sofifi.asn.servicequality.application.BreakdownView;
import id.sofifi.asn.servicequality.application.IkmView;
import id.sofifi.asn.servicequality.application.QuarterView;
import id.sofifi.asn.servicequality.application.SurveyResultsService;
import id.sofifi.asn.servicequality.application.SurveyService;
import id.sofifi.asn.servicequality.domain.Demographic;
import id.sofifi.asn.servicequality.domain.RespondentGroup;
import id.sofifi.asn.servicequality.domain.SurveyElement;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The public results of a service unit ({@code /ikm.xhtml?unit=…&from=…&to=…}, this year so far by default): the
 * NRR of the nine elements as bars, the index, its grade and whether the minimum sample was reached (ASN-RULES §3),
 * how many responses the BKD excluded, the trend by quarter of the period's last year, and the breakdowns by
 * respondent facts (groups of fewer than five withheld).
 */
@Named
@RequestScoped
public class IkmPageView {
    private static final BigDecimal HIGHEST = BigDecimal.valueOf(SurveyElement.HIGHEST);
    private static final Map<Demographic, String> GROUP_KEYS = Map.of(Demographic.SEX, "sex.", Demographic.AGE_BAND,
            "ageBand.", Demographic.EDUCATION, "education.", Demographic.OCCUPATION, "occupation.");

    @EJB
    SurveyService survey;

    @EJB
    SurveyResultsService results;

    @Inject
    Clock clock;

    @Inject
    LocaleView language;

    private String unit;
    private String from;
    private String to;
    private IkmView index;
    private List<QuarterView> quarters = List.of();
    private List<BreakdownView> breakdowns = List.of();
    private String error;

    public void load() {
        LocalDate today = LocalDate.now(clock.withZone(Wit.ZONE));
        LocalDate start = day(from, today.withDayOfYear(1));
        LocalDate end = day(to, today);
        from = start.toString();
        to = end.toString();
        try {
            index = unit == null || unit.isBlank() ? null : survey.index(unit, start, end);
            if (index != null) {
                quarters = results.quarters(unit, end.getYear());
                breakdowns = results.breakdowns(unit, start, end);
            }
        } catch (NotFoundException e) {
            index = null;
        } catch (DomainException e) {
            error = Texts.of(language.getLocale(), e);
        }
    }

    private static LocalDate day(String text, LocalDate otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    /** The length of an element's bar, in percent of the highest answer (4). */
    public String bar(BigDecimal nrr) {
        return nrr == null
                ? "0"
                : nrr.multiply(BigDecimal.valueOf(100)).divide(HIGHEST, 1, RoundingMode.HALF_UP).toPlainString();
    }

    /** The length of a quarter's bar: its converted value (25–100) is already in percent. */
    public String quarterBar(QuarterView quarter) {
        return quarter.converted() == null ? "0" : quarter.converted().toPlainString();
    }

    public SurveyElement[] getElements() { return SurveyElement.values(); }

    /** The year of the trend: that of the period's end. */
    public int getYear() {
        return LocalDate.parse(to).getYear();
    }

    public List<QuarterView> getQuarters() { return quarters; }

    public List<BreakdownView> getBreakdowns() { return breakdowns; }

    /** The message key of a group's name, as the survey page's options name it ({@code ageBand.AGE_20_29}). */
    public String groupKey(Demographic fact, String group) {
        return GROUP_KEYS.get(fact) + group;
    }

    /** Respondents in groups too small to show. */
    public int getMinimumGroup() {
        return RespondentGroup.MINIMUM_RESPONDENTS;
    }

    public String getUnit() { return unit; }

    public void setUnit(String unit) { this.unit = unit; }

    public String getFrom() { return from; }

    public void setFrom(String from) { this.from = from; }

    public String getTo() { return to; }

    public void setTo(String to) { this.to = to; }

    public IkmView getIndex() { return index; }

    /** Why the period cannot be shown (the end before the start), in the reader's language. */
    public String getError() {
        return error;
    }
}
