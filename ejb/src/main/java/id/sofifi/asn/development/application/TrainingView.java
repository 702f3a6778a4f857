package id.sofifi.asn.development.application;

import java.io.Serializable;
import id.sofifi.asn.development.domain.Competence;
import id.sofifi.asn.development.domain.Jp;
import id.sofifi.asn.development.domain.Training;
import id.sofifi.asn.development.domain.TrainingForm;
import java.time.LocalDate;

/** A training as the catalogue, the staff screens and the API show it, with the places still free. */
public record TrainingView(String code, String title, String partnerCode, String partnerName, Competence competence,
        TrainingForm form, boolean latsar, LocalDate startsOn, LocalDate endsOn, Jp jp, int capacity, int placesLeft,
        int waiting) implements Serializable {

    static TrainingView of(Training t) {
        return new TrainingView(t.code(), t.title(), t.partner().code(), t.partner().name(), t.competence(), t.form(),
                t.latsar(), t.startsOn(), t.endsOn(), t.jp(), t.capacity(), t.placesLeft(), t.waitingList().size());
    }
}
