package id.sofifi.asn.selection.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** An applicant of one formation at the SKD stage; the score is known only for those present. */
public record SkdCandidate(long applicationId, String registrationNumber, Attendance attendance, SkdScore skd,
        BigDecimal gpa, LocalDate birthDate) implements Ranked {

    public SkdCandidate {
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        Objects.requireNonNull(attendance, "attendance");
        if (attendance == Attendance.PRESENT && skd == null) {
            throw new IllegalArgumentException("An applicant present at SKD has a score: " + registrationNumber);
        }
    }

    /** SKD is ranked before any final score exists. */
    @Override
    public BigDecimal finalScore() {
        return null;
    }
}
