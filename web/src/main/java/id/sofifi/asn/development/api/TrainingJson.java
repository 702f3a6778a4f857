package id.sofifi.asn.development.api;

import id.sofifi.asn.platform.api.JsonDates;
import id.sofifi.asn.development.application.TrainingView;
import id.sofifi.asn.development.domain.Competence;
import id.sofifi.asn.development.domain.Jp;
import id.sofifi.asn.development.domain.TrainingDetails;
import id.sofifi.asn.development.domain.TrainingForm;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.api.EnumFields;

/**
 * A training as the API reads and answers it. {@code jp} is a string ({@code "24"}, {@code "24.50"}) so no client
 * loses digits; answers add the partner's name, the places left and how many wait.
 */
public record TrainingJson(String code, String title, String partnerCode, String partner, String competence,
        String form, Boolean latsar, String startsOn, String endsOn, String jp, Integer capacity, Integer placesLeft,
        Integer waiting) {

    static TrainingJson of(TrainingView t) {
        return new TrainingJson(t.code(), t.title(), t.partnerCode(), t.partnerName(), t.competence().name(),
                t.form().name(), t.latsar(), JsonDates.print(t.startsOn()), JsonDates.print(t.endsOn()), t.jp().text(),
                t.capacity(), t.placesLeft(), t.waiting());
    }

    TrainingDetails toDetails() {
        Violations v = new Violations();
        Competence parsedCompetence = EnumFields.parse(Competence.class, competence, "competence", v);
        TrainingForm parsedForm = EnumFields.parse(TrainingForm.class, form, "form", v);
        TrainingDetails details = new TrainingDetails(code, title, partnerCode, parsedCompetence, parsedForm,
                Boolean.TRUE.equals(latsar), JsonDates.parse(startsOn, "startsOn", v),
                JsonDates.parse(endsOn, "endsOn", v), Jp.parse(jp, "jp", v), capacity);
        details.validate(v);
        v.throwIfAny();
        return details;
    }
}
