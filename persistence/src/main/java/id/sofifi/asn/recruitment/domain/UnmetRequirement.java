package id.sofifi.asn.recruitment.domain;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A requirement the verifier found unmet, with the reason the applicant will read. */
@Embeddable
public class UnmetRequirement implements Serializable {
    @Column(name = "requirement_code", nullable = false, length = 30)
    private String requirementCode;

    @Column(nullable = false, length = 500)
    private String reason;

    protected UnmetRequirement() {
    }

    public UnmetRequirement(String requirementCode, String reason) {
        this.requirementCode = Objects.requireNonNull(requirementCode);
        this.reason = Objects.requireNonNull(reason).strip();
    }

    public String requirementCode() {
        return requirementCode;
    }

    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnmetRequirement u && u.requirementCode.equals(requirementCode)
                && u.reason.equals(reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requirementCode, reason);
    }
}
