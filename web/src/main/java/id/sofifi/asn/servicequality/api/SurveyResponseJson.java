package id.sofifi.asn.servicequality.api;

import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.api.EnumFields;
import id.sofifi.asn.platform.api.JsonDates;
import id.sofifi.asn.servicequality.application.SurveySubmission;
import id.sofifi.asn.servicequality.domain.AgeBand;
import id.sofifi.asn.servicequality.domain.Education;
import id.sofifi.asn.servicequality.domain.Occupation;
import id.sofifi.asn.servicequality.domain.Respondent;
import java.time.LocalDate;
import java.util.List;

/**
 * A survey response as a phone sends it: {@code answers} nine elements in §3 order, each 1–4 or null; the day of the
 * service; an optional receipt code; optional respondent facts ({@code age} is the band, e.g. {@code AGE_30_39}).
 */
public record SurveyResponseJson(List<Integer> answers, String servedOn, String receiptCode,
        RespondentJson respondent) {

    public record RespondentJson(String sex, String age, String education, String occupation) {
    }

    /** The submission, its dates and names read; what cannot be read is refused with its field before any check. */
    SurveySubmission submission(String serviceUnitCode, String clientAddress, String kioskToken) {
        Violations v = new Violations();
        LocalDate served = JsonDates.parse(servedOn, "servedOn", v);
        RespondentJson facts = respondent == null ? new RespondentJson(null, null, null, null) : respondent;
        Respondent parsed = new Respondent(EnumFields.parse(Sex.class, facts.sex(), "respondent.sex", v),
                EnumFields.parse(AgeBand.class, facts.age(), "respondent.age", v),
                EnumFields.parse(Education.class, facts.education(), "respondent.education", v),
                EnumFields.parse(Occupation.class, facts.occupation(), "respondent.occupation", v));
        v.throwIfAny();
        return new SurveySubmission(serviceUnitCode, answers, served, receiptCode, parsed, clientAddress, kioskToken);
    }
}
