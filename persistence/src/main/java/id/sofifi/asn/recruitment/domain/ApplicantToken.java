package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use secret mailed to an applicant; only its hash is stored, so a database read cannot use it. */
@Entity
@Table(name = "applicant_token")
public class ApplicantToken {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "applicant_id", nullable = false)
    private Applicant applicant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ApplicantToken() {
    }

    public ApplicantToken(Applicant applicant, TokenPurpose purpose, String tokenHash, Instant now) {
        this.applicant = applicant;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    /** Marks the token used; refuses a used, expired or differently purposed one. */
    public Applicant redeem(TokenPurpose expected, Instant now) {
        if (purpose != expected || usedAt != null || !now.isBefore(expiresAt)) {
            throw new DomainException("applicant.linkInvalid");
        }
        usedAt = now;
        return applicant;
    }
}
