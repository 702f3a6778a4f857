package id.sofifi.asn.performance.api;

import id.sofifi.asn.performance.application.AssessmentView;

/** One assessment as API-CONTRACT gives it: the ratings and periods as their enum names, the derived predicate. */
public record AssessmentJson(int year, String period, String results, String behaviour, String predicate,
        String evaluatorNip) {

    static AssessmentJson of(AssessmentView a) {
        return new AssessmentJson(a.year(), a.period().name(), a.results().name(), a.behaviour().name(),
                a.predicate().name(), a.evaluatorNip());
    }
}
