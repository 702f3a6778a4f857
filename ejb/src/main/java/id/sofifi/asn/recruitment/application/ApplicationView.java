package id.sofifi.asn.recruitment.application;

import java.io.Serializable;
import id.sofifi.asn.recruitment.domain.AdministrationResult;
import id.sofifi.asn.recruitment.domain.Application;
import id.sofifi.asn.recruitment.domain.ApplicationStatus;
import id.sofifi.asn.recruitment.domain.Objection;
import id.sofifi.asn.recruitment.domain.UnmetRequirement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One application as its owner and the staff see it; the NIK only masked. */
public record ApplicationView(String registrationNumber, String periodCode, String periodName, String formationCode,
        String position, String workUnitName, String education, BigDecimal gpa, String fullName, String maskedNik,
        ApplicationStatus status, Instant submittedAt, String assignedVerifier, AdministrationResult proposedResult,
        String proposedBy, String returnNote, String decidedBy, List<UnmetRequirement> unmetRequirements,
        List<DocumentView> documents, List<DeletedDocumentView> deletedDocuments, List<TimelineEntry> timeline,
        ObjectionView objection, long version) implements Serializable {

    /** A step of the timeline. */
    public record TimelineEntry(Instant at, String step, String note) implements Serializable {
    }

    /** An uploaded document, without its bytes. */
    public record DocumentView(long id, String requirementCode, String mediaType, long size, String sha256,
            String originalName) implements Serializable {
    }

    /** A document deleted under the retention schedule (§6): which requirement, and when. */
    public record DeletedDocumentView(String requirementCode, Instant deletedAt) implements Serializable {
    }

    /** The applicant's objection and, once given, the panel's answer. */
    public record ObjectionView(Instant filedAt, String reason, String outcome, String answer, String answeredBy,
            long version) implements Serializable {
        static ObjectionView of(Objection o) {
            return new ObjectionView(o.filedAt(), o.reason(), o.outcome().map(Enum::name).orElse(null), o.answer(),
                    o.answeredBy(), o.version());
        }
    }

    static ApplicationView of(Application a, Optional<Objection> objection) {
        return new ApplicationView(a.registrationNumber(), a.period().code(), a.period().name(), a.formation().code(),
                a.formation().position(), a.formation().workUnit().name(), a.qualification().education(),
                a.qualification().gpa(), a.fullName(), a.nik().masked(), a.status(), a.submittedAt(),
                a.assignedVerifier(), a.proposedResult().orElse(null), a.proposedBy(), a.returnNote(), a.decidedBy(),
                a.unmetRequirements(),
                a.documents().stream()
                        .map(d -> new DocumentView(d.id(), d.requirementCode(), d.mediaType(), d.size(), d.sha256(),
                                d.originalName()))
                        .toList(),
                a.deletedDocuments().stream().map(d -> new DeletedDocumentView(d.requirementCode(), d.deletedAt()))
                        .toList(),
                a.events().stream().map(e -> new TimelineEntry(e.occurredAt(), e.step().name(), e.note())).toList(),
                objection.map(ObjectionView::of).orElse(null), a.version());
    }
}
