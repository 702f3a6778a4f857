package id.sofifi.asn.oversight.application;

import id.sofifi.asn.oversight.domain.OfficialAnswer;
import java.time.Instant;

/** One version of the official answer, signed: who, when, and the hash of its audit event. */
public record AnswerView(int version, String body, String answeredBy, Instant answeredAt, String auditHash) {
    static AnswerView of(OfficialAnswer answer) {
        return new AnswerView(answer.versionNo(), answer.body(), answer.answeredBy(), answer.answeredAt(),
                answer.auditHash());
    }
}
