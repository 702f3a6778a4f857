package id.sofifi.asn.performance.application;

import java.io.Serializable;
import id.sofifi.asn.performance.domain.Assessment;
import id.sofifi.asn.performance.domain.AssessmentPeriod;
import id.sofifi.asn.performance.domain.Evidence;
import java.time.Instant;

/** One evidence file of an assessment (of {@code year} and {@code period}) as the screens list it. */
public record EvidenceView(long id, int year, AssessmentPeriod period, String fileName, String mediaType, long size,
        String sha256, Instant uploadedAt) implements Serializable {

    static EvidenceView of(Evidence e, Assessment a) {
        return new EvidenceView(e.id(), a.year(), a.period(), e.fileName(), e.mediaType(), e.size(), e.sha256().strip(),
                e.uploadedAt());
    }

    /** Whether this is evidence of the assessment {@code a}. */
    public boolean of(AssessmentView a) {
        return year == a.year() && period == a.period();
    }
}
