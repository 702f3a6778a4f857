package id.sofifi.asn.selection.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An applicant of one formation at the final stage. One who is present took SKB, so both scores are
 * known, and the birth date is needed as the last tie-break (ASN-RULES.md §1.6).
 */
public record FinalCandidate(long applicationId, String registrationNumber, FinalStatus status, SkdScore skd,
        BigDecimal skb100, BigDecimal gpa, LocalDate birthDate) implements Ranked {

    public FinalCandidate {
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        Objects.requireNonNull(status, "status");
        if (status == FinalStatus.PRESENT && (skd == null || skb100 == null || birthDate == null)) {
            throw new IllegalArgumentException(
                    "A candidate present at SKB has SKD and SKB scores and a birth date: " + registrationNumber);
        }
    }

    /** FINAL of ASN-RULES.md §1.6 for a candidate present at SKB, else null. */
    @Override
    public BigDecimal finalScore() {
        return status == FinalStatus.PRESENT ? FinalScore.finalScore(FinalScore.skd100(skd.total()), skb100) : null;
    }
}
