package id.sofifi.asn.performance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.ValidationFailure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {
    private static final Instant NOW = Instant.parse("2026-10-01T00:00:00Z");
    private static final ReportFile PDF = new ReportFile("a".repeat(64), 1200);
    private static final ReportFile XLSX = new ReportFile("b".repeat(64), 800);
    private static final List<String> FIGURES = List.of("{\"workUnit\":\"BKD\"}", "{\"workUnit\":\"DINKES\"}");

    private static List<String> refused(String from, String to) {
        return assertThrows(ValidationFailure.class,
                () -> new ReportPeriod(from == null ? null : LocalDate.parse(from), LocalDate.parse(to))).violations()
                .stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }

    private static EvaluationReport ready() {
        EvaluationReport report = new EvaluationReport(
                new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)), null, false, "operator", NOW);
        report.ready(PDF, XLSX, NOW);
        return report;
    }

    @Test
    @DisplayName("Issue 11: a report covers a whole quarter or a whole year")
    void quarterOrYear() {
        ReportPeriod q3 = new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
        assertEquals(3, q3.quarter());
        assertEquals(AssessmentPeriod.Q3, q3.assessmentPeriod());
        assertEquals("Triwulan III 2026", q3.label());
        ReportPeriod year = new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertTrue(year.year());
        assertEquals(AssessmentPeriod.ANNUAL, year.assessmentPeriod());
        assertEquals("Tahun 2025", year.label());
    }

    @Test
    @DisplayName("Issue 11: any other span is refused naming the field; reversed days name 'to'")
    void otherSpansRefused() {
        assertEquals(List.of("from:evaluationReport.periodStart", "to:evaluationReport.periodEnd"),
                refused("2026-02-01", "2026-05-31"));
        assertEquals(List.of("to:evaluationReport.periodEnd"), refused("2026-04-01", "2026-05-31"));
        assertEquals(List.of("to:evaluationReport.periodEnd"), refused("2026-04-01", "2027-03-31"));
        assertEquals(List.of("to:evaluationReport.periodReversed"), refused("2026-04-01", "2026-03-31"));
        assertEquals(List.of("from:validation.required"), refused(null, "2026-03-31"));
    }

    @Test
    @DisplayName("Issue 11: the scheduled report on the first day after a quarter covers the quarter that ended")
    void previousQuarter() {
        assertEquals(new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)),
                ReportPeriod.previousQuarter(LocalDate.of(2026, 10, 1)));
        assertEquals(new ReportPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)),
                ReportPeriod.previousQuarter(LocalDate.of(2026, 1, 1)));
    }

    @Test
    @DisplayName("Issue 11: a published report is frozen: no second publication, no new figures, no failure")
    void publishedIsFrozen() {
        EvaluationReport report = ready();
        String sha = report.publish(FIGURES, "admin", NOW);
        assertEquals(ReportStatus.PUBLISHED, report.status());
        assertEquals(sha, report.sha256());
        assertEquals("evaluationReport.published",
                assertThrows(ConflictException.class, () -> report.publish(FIGURES, "admin", NOW)).messageKey());
        assertThrows(ConflictException.class, report::requireOpen);
        assertThrows(ConflictException.class, report::failed);
        assertThrows(ConflictException.class, () -> report.ready(PDF, XLSX, NOW));
    }

    @Test
    @DisplayName("Issue 11: a report is published only once it is ready")
    void notReadyNotPublished() {
        EvaluationReport running = new EvaluationReport(
                new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), "BKD", false, "operator", NOW);
        assertEquals("evaluationReport.notReady",
                assertThrows(ConflictException.class, () -> running.publish(FIGURES, "admin", NOW)).messageKey());
    }

    @Test
    @DisplayName("Issue 11: the digest changes with any figure, the units' order, or either file")
    void digest() {
        String sha = ReportDigest.of(FIGURES, PDF, XLSX);
        assertEquals(64, sha.length());
        assertEquals(sha, ReportDigest.of(List.copyOf(FIGURES), PDF, XLSX));
        assertNotEquals(sha, ReportDigest.of(List.of(FIGURES.get(1), FIGURES.get(0)), PDF, XLSX));
        assertNotEquals(sha, ReportDigest.of(List.of(FIGURES.get(0), "{\"workUnit\":\"DINKES\",\"x\":1}"), PDF, XLSX));
        assertNotEquals(sha, ReportDigest.of(FIGURES, new ReportFile("c".repeat(64), 1200), XLSX));
        assertNotEquals(sha, ReportDigest.of(FIGURES, PDF, new ReportFile("c".repeat(64), 800)));
    }
}
