package id.sofifi.asn.performance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AssessmentTest {
    private static final String EMPLOYEE = "199001012015031001";
    private static final String HEAD = "198506142010031001";
    private static final Instant NOW = Instant.parse("2026-12-03T01:00:00Z");
    private static final List<WorkIndicator> INDICATORS = List
            .of(new WorkIndicator("Dokumen analisis jabatan tersusun", "12 dokumen"));

    private static List<String> fields(Runnable action) {
        return assertThrows(ValidationFailure.class, action::run).violations().stream().map(Violation::field).toList();
    }

    private static SkpPlan plan() {
        return new SkpPlan(EMPLOYEE, 2026, HEAD, INDICATORS, "Berorientasi pelayanan kepada OPD", NOW);
    }

    @Test
    @DisplayName("§2: the evaluating official is never the employee themself, neither in the plan nor when rating")
    void neverSelf() {
        assertEquals(List.of("evaluatorNip"),
                fields(() -> new SkpPlan(EMPLOYEE, 2026, EMPLOYEE, INDICATORS, "Berorientasi pelayanan", NOW)));
        Assessment assessment = new Assessment(plan(), AssessmentPeriod.Q1, Ratings.of(Rating.ABOVE, Rating.ABOVE),
                NOW);
        assertEquals(List.of("evaluatorNip"),
                fields(() -> assessment.rate(EMPLOYEE, Ratings.of(Rating.BELOW, Rating.BELOW), NOW)));
        assertEquals(Predicate.SANGAT_BAIK, assessment.predicate(), "a refused rating leaves the assessment as it was");
    }

    @Test
    @DisplayName("§2: a plan needs indicators with targets and behaviour expectations; revising voids acknowledgement")
    void planContent() {
        assertEquals(List.of("indicators", "behaviourExpectations"),
                fields(() -> new SkpPlan(EMPLOYEE, 2026, HEAD, List.of(), " ", NOW)));
        assertEquals(List.of("indicators[0].target"), fields(
                () -> new SkpPlan(EMPLOYEE, 2026, HEAD, List.of(new WorkIndicator("Laporan", "")), "Jujur", NOW)));
        SkpPlan plan = plan();
        plan.acknowledge(NOW);
        assertEquals(NOW, plan.acknowledgedAt());
        plan.revise(HEAD, INDICATORS, "Kolaboratif dengan bidang lain", NOW.plusSeconds(60));
        assertNull(plan.acknowledgedAt(), "a revised plan is acknowledged again");
    }

    @Test
    @DisplayName("§2 K3: rating results Sesuai and behaviour Di Bawah derives Kurang; re-rating K1 derives Sangat Baik")
    void predicateDerived() {
        Assessment assessment = new Assessment(plan(), AssessmentPeriod.ANNUAL,
                new Ratings(Rating.AS_EXPECTED, Rating.BELOW,
                        Map.of(BerakhlakValue.AKUNTABEL, "Laporan sering terlambat", BerakhlakValue.LOYAL, " "),
                        "Perbaiki ketepatan waktu laporan"),
                NOW);
        assertEquals(Predicate.KURANG, assessment.predicate());
        assertEquals(Map.of(BerakhlakValue.AKUNTABEL, "Laporan sering terlambat"), assessment.behaviourNotes(),
                "a blank note is no note");
        assertEquals(HEAD, assessment.evaluatorNip());
        assessment.rate(HEAD, Ratings.of(Rating.ABOVE, Rating.ABOVE), NOW);
        assertEquals(Predicate.SANGAT_BAIK, assessment.predicate());
        assertNull(assessment.feedback());
    }

    @Test
    @DisplayName("§2: both ratings are required")
    void ratingsRequired() {
        assertEquals(List.of("results", "behaviour"),
                fields(() -> new Assessment(plan(), AssessmentPeriod.Q2, new Ratings(null, null, null, null), NOW)));
    }
}
