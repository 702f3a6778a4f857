package id.sofifi.asn.performance.application;

import java.io.Serializable;
import id.sofifi.asn.performance.domain.Assessment;
import id.sofifi.asn.performance.domain.AssessmentPeriod;
import id.sofifi.asn.performance.domain.AssessmentSource;
import id.sofifi.asn.performance.domain.BerakhlakValue;
import id.sofifi.asn.performance.domain.Predicate;
import id.sofifi.asn.performance.domain.Rating;
import java.time.Instant;
import java.util.Map;

/** One assessment as screens and the API show it. */
public record AssessmentView(String nip, int year, AssessmentPeriod period, Rating results, Rating behaviour,
        Predicate predicate, String evaluatorNip, Map<BerakhlakValue, String> behaviourNotes, String feedback,
        AssessmentSource source, Instant assessedAt) implements Serializable {

    static AssessmentView of(Assessment a) {
        return new AssessmentView(a.nip().strip(), a.year(), a.period(), a.results(), a.behaviour(), a.predicate(),
                a.evaluatorNip().strip(), a.behaviourNotes(), a.feedback(), a.source(), a.assessedAt());
    }
}
