package id.sofifi.asn.performance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sofifi.asn.kernel.ValidationFailure;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EvaluatorAssignmentTest {
    private static final String EMPLOYEE = "199001012015031001";
    private static final String OFFICIAL = "198506142010031001";
    private static final Instant NOW = Instant.parse("2026-12-03T01:00:00Z");

    private static List<String> refused(Runnable action) {
        return assertThrows(ValidationFailure.class, action::run).violations().stream()
                .map(v -> v.field() + ":" + v.messageKey()).toList();
    }

    @Test
    @DisplayName("§2 / issue 11: an administrator assigns another employee as evaluating official, never the employee"
            + " themself nor nobody")
    void neverThemself() {
        assertEquals(List.of("evaluatorNip:skp.selfEvaluation"),
                refused(() -> new EvaluatorAssignment(EMPLOYEE, " " + EMPLOYEE + " ", NOW)));
        assertEquals(List.of("evaluatorNip:validation.required"),
                refused(() -> new EvaluatorAssignment(EMPLOYEE, "", NOW)));
        EvaluatorAssignment assignment = new EvaluatorAssignment(EMPLOYEE, OFFICIAL, NOW);
        assertEquals(List.of("evaluatorNip:skp.selfEvaluation"),
                refused(() -> assignment.reassign(EMPLOYEE, NOW.plusSeconds(60))));
        assertEquals(OFFICIAL, assignment.evaluatorNip(), "a refused reassignment leaves the official as they were");
        assertEquals(NOW, assignment.assignedAt());
    }

    @Test
    @DisplayName("§2 / issue 11: a plan handed over to another official keeps its acknowledgement, never to the"
            + " employee themself")
    void planHandedOver() {
        SkpPlan plan = new SkpPlan(EMPLOYEE, 2026, OFFICIAL,
                List.of(new WorkIndicator("Dokumen analisis jabatan tersusun", "12 dokumen")), "Akuntabel", NOW);
        plan.acknowledge(NOW);
        assertEquals(List.of("evaluatorNip:skp.selfEvaluation"), refused(() -> plan.handOver(EMPLOYEE)));
        plan.handOver("197001012000031002");
        assertEquals("197001012000031002", plan.evaluatorNip());
        assertEquals(NOW, plan.acknowledgedAt(), "the content the employee agreed to did not change");
    }
}
