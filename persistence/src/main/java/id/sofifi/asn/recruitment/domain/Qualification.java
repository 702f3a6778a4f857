package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The education an applicant claims for the formation and its GPA (IPK, 0.00–4.00). */
public record Qualification(String education, BigDecimal gpa) {
    private static final BigDecimal MAX_GPA = new BigDecimal("4.00");

    public Qualification {
        gpa = gpa == null ? null : gpa.setScale(2, RoundingMode.HALF_UP);
        education = education == null ? null : education.strip();
    }

    public void validate(Violations violations) {
        violations.text(education, "education", 2, 200);
        if (violations.require(gpa, "gpa")) {
            violations.check(gpa.signum() >= 0 && gpa.compareTo(MAX_GPA) <= 0, "gpa", "application.gpa");
        }
    }
}
