package id.sofifi.asn.servicequality.web;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.platform.web.LocaleView;
import id.sofifi.asn.platform.web.Texts;
import id.sofifi.asn.servicequality.application.ServiceUnitService;
import id.sofifi.asn.servicequality.application.ServiceUnitView;
import id.sofifi.asn.servicequality.application.SubmissionLimitReached;
import id.sofifi.asn.servicequality.application.SurveyService;
import id.sofifi.asn.servicequality.application.SurveySubmission;
import id.sofifi.asn.servicequality.domain.AgeBand;
import id.sofifi.asn.servicequality.domain.Education;
import id.sofifi.asn.servicequality.domain.Occupation;
import id.sofifi.asn.servicequality.domain.Respondent;
import id.sofifi.asn.servicequality.domain.SurveyElement;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public survey page of a service unit ({@code /survei.xhtml?unit=…}): a plain HTML form that posts back to
 * the page itself, so it needs neither JavaScript nor a view state and stays small on a cheap phone. A valid
 * response goes to the thank-you page (post, redirect, get); refusals are shown beside their fields in the
 * reader's language, with what was chosen kept. A paired kiosk tablet sends its cookie ({@link KioskCookie}).
 */
@Named
@RequestScoped
public class SurveyPageView {
    /** Form field names: the nine answers are {@code u1}…{@code u9}, as on the paper form and in the CSV import. */
    private static final String ANSWER = "u";

    @EJB
    ServiceUnitService units;

    @EJB
    SurveyService survey;

    @Inject
    Clock clock;

    @Inject
    LocaleView language;

    private ServiceUnitView unit;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** The page's action on every request: finds the unit and, when the form was sent, takes the response. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        try {
            unit = units.find(String.valueOf(parameters.get("unit")));
        } catch (NotFoundException e) {
            return;
        }
        parameters.forEach((name, value) -> values.put(name, value == null ? "" : value.strip()));
        values.putIfAbsent("servedOn", LocalDate.now(clock.withZone(Wit.ZONE)).toString());
        values.putIfAbsent("receiptCode", values.getOrDefault("kode", ""));
        if ("POST".equals(((HttpServletRequest) external.getRequest()).getMethod())) {
            submit(faces, external);
        }
    }

    private void submit(FacesContext faces, ExternalContext external) {
        Locale locale = language.getLocale();
        try {
            survey.submit(submission((HttpServletRequest) external.getRequest()));
            external.redirect(external.getRequestContextPath() + "/survei-terima-kasih.xhtml?unit="
                    + URLEncoder.encode(unit.code(), StandardCharsets.UTF_8));
            faces.responseComplete();
        } catch (ValidationFailure failure) {
            for (Violation v : failure.violations()) {
                errors.putIfAbsent(formField(v.field()), Texts.of(locale, v));
            }
        } catch (SubmissionLimitReached | ConflictException e) {
            errors.put(e instanceof SubmissionLimitReached ? "form" : "receiptCode", Texts.of(locale, e));
        } catch (DomainException e) {
            errors.put("form", Texts.of(locale, e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The submission from the form's fields; a day that is no date is refused as {@code servedOn}. */
    private SurveySubmission submission(HttpServletRequest request) {
        List<Integer> answers = new ArrayList<>();
        for (int u = 1; u <= SurveyElement.COUNT; u++) {
            answers.add(number(values.get(ANSWER + u)));
        }
        LocalDate servedOn;
        try {
            servedOn = LocalDate.parse(values.getOrDefault("servedOn", ""));
        } catch (DateTimeParseException e) {
            servedOn = null;
        }
        Respondent respondent = new Respondent(choice(Sex.class, "sex"), choice(AgeBand.class, "age"),
                choice(Education.class, "education"), choice(Occupation.class, "occupation"));
        return new SurveySubmission(unit.code(), answers, servedOn, values.get("receiptCode"), respondent,
                request.getRemoteAddr(), KioskCookie.token(request));
    }

    /** A chosen face; a value the page never offers counts as out of range (0), so it is refused, not dropped. */
    private static Integer number(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A chosen option; the page offers only valid ones, so anything else is taken as not told. */
    private <E extends Enum<E>> E choice(Class<E> type, String field) {
        String value = values.get(field);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    /** The API names answers by index from 0 ({@code answers[2]}); the form names them u1…u9. */
    private static String formField(String field) {
        if (field.startsWith("answers[")) {
            return ANSWER + (Integer.parseInt(field.substring(8, field.length() - 1)) + 1);
        }
        return field;
    }

    public ServiceUnitView getUnit() { return unit; }

    public SurveyElement[] getElements() { return SurveyElement.values(); }

    public List<Integer> getFaces() { return List.of(1, 2, 3, 4); }

    public AgeBand[] getAgeBands() { return AgeBand.values(); }

    public Education[] getEducations() { return Education.values(); }

    public Occupation[] getOccupations() { return Occupation.values(); }

    public Sex[] getSexes() { return Sex.values(); }

    /** What the reader entered or chose, by field name, to show again after a refusal. */
    public Map<String, String> getValues() {
        return values;
    }

    /** The refusal of each field ({@code u3}, {@code servedOn}, …; {@code form} for the whole), in their language. */
    public Map<String, String> getErrors() {
        return errors;
    }

    public String getToday() { return LocalDate.now(clock.withZone(Wit.ZONE)).toString(); }
}
