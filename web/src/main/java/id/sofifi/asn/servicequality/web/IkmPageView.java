package id.sofifi.asn.servicequality.web;

import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.platform.web.LocaleView;
import id.sofifi.asn.platform.web.Texts;
import id.sofifi.asn.servicequality.application.IkmView;
import id.sofifi.asn.servicequality.application.SurveyService;
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

/**
 * The public results of a service unit ({@code /ikm.xhtml?unit=…&from=…&to=…}, this year so far by default): the
 * NRR of the nine elements as bars, the index, its grade and whether the minimum sample was reached (ASN-RULES §3).
 */
@Named
@RequestScoped
public class IkmPageView {
    private static final BigDecimal HIGHEST = BigDecimal.valueOf(SurveyElement.HIGHEST);

    @EJB
    SurveyService survey;

    @Inject
    Clock clock;

    @Inject
    LocaleView language;

    private String unit;
    private String from;
    private String to;
    private IkmView index;
    private String error;

    public void load() {
        LocalDate today = LocalDate.now(clock.withZone(Wit.ZONE));
        LocalDate start = day(from, today.withDayOfYear(1));
        LocalDate end = day(to, today);
        from = start.toString();
        to = end.toString();
        try {
            index = unit == null || unit.isBlank() ? null : survey.index(unit, start, end);
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

    public SurveyElement[] getElements() { return SurveyElement.values(); }

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
