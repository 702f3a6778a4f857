package id.sofifi.asn.recruitment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ASN-RULES.md §1.4: the SKD passing thresholds of TA 2024 and how each category group is judged. */
class PassingThresholdsTest {
    private final PassingThresholds t2024 = PassingThresholds.defaults2024();

    @Test
    @DisplayName("§1.4 defaults: general 65/80/166, cumlaude 311 & TIU 85, affirmative 286 & TIU 60")
    void defaults2024() {
        assertEquals(65, t2024.generalTwk());
        assertEquals(80, t2024.generalTiu());
        assertEquals(166, t2024.generalTkp());
        assertEquals(311, t2024.cumlaudeTotal());
        assertEquals(85, t2024.cumlaudeTiu());
        assertEquals(286, t2024.affirmativeTotal());
        assertEquals(60, t2024.affirmativeTiu());
    }

    @Test
    @DisplayName("S1: umum 100/120/160 fails on TKP alone")
    void s1() {
        assertFalse(t2024.passes(FormationCategory.GENERAL, 100, 120, 160));
    }

    @Test
    @DisplayName("S2: umum 65/80/166 passes — a score equal to a threshold passes")
    void s2() {
        assertTrue(t2024.passes(FormationCategory.GENERAL, 65, 80, 166));
        assertTrue(t2024.passes(FormationCategory.KALIMANTAN, 65, 80, 166));
        assertFalse(t2024.passes(FormationCategory.GENERAL, 60, 80, 166));
    }

    @Test
    @DisplayName("S3: cumlaude 60/85/170 passes (total 315, TIU 85); TWK has no own threshold there")
    void s3() {
        assertTrue(t2024.passes(FormationCategory.CUMLAUDE, 60, 85, 170));
        assertTrue(t2024.passes(FormationCategory.DIASPORA, 60, 85, 170));
    }

    @Test
    @DisplayName("S4: cumlaude 90/80/180 fails on TIU although the total is 350")
    void s4() {
        assertFalse(t2024.passes(FormationCategory.CUMLAUDE, 90, 80, 180));
    }

    @Test
    @DisplayName("S5: disabilitas 55/60/171 passes (total 286, TIU 60)")
    void s5() {
        assertTrue(t2024.passes(FormationCategory.DISABILITY, 55, 60, 171));
        assertTrue(t2024.passes(FormationCategory.PAPUA, 55, 60, 171));
        assertTrue(t2024.passes(FormationCategory.DISADVANTAGED_REGION, 55, 60, 171));
        assertFalse(t2024.passes(FormationCategory.DISABILITY, 55, 55, 175));
    }

    @Test
    @DisplayName("Thresholds outside what a subtest can score (§1.3) are refused, every field named")
    void outOfRangeIsRefused() {
        ValidationFailure failure = assertThrows(ValidationFailure.class,
                () -> PassingThresholds.of(151, -1, 226, 551, 176, null, 60));
        assertEquals("affirmative.total,cumlaude.tiu,cumlaude.total,general.tiu,general.tkp,general.twk",
                failure.violations().stream().map(Violation::field).sorted().collect(Collectors.joining(",")));
        assertEquals(150, PassingThresholds.of(150, 175, 225, 550, 175, 0, 0).generalTwk());
    }

    @Test
    @DisplayName("Each category maps to its threshold group as in API-CONTRACT.md")
    void categoryGroups() {
        assertEquals(ThresholdGroup.GENERAL, FormationCategory.KALIMANTAN.thresholdGroup());
        assertEquals(ThresholdGroup.CUMLAUDE, FormationCategory.DIASPORA.thresholdGroup());
        assertEquals(ThresholdGroup.AFFIRMATIVE, FormationCategory.DISADVANTAGED_REGION.thresholdGroup());
    }

    @Test
    @DisplayName("S1 explained: umum 100/120/160 meets TWK and TIU, misses TKP 166 by 6")
    void s1Explained() {
        List<PassingThresholds.ThresholdCheck> checks = t2024.checks(FormationCategory.GENERAL, 100, 120, 160);
        assertEquals(List.of(new PassingThresholds.ThresholdCheck("TWK", 65, 100),
                new PassingThresholds.ThresholdCheck("TIU", 80, 120),
                new PassingThresholds.ThresholdCheck("TKP", 166, 160)), checks);
        assertEquals(List.of(true, true, false), checks.stream().map(PassingThresholds.ThresholdCheck::met).toList());
    }

    @Test
    @DisplayName("S4 explained: cumlaude 90/80/180 meets the total 311 with 350 but misses TIU 85")
    void s4Explained() {
        assertEquals(
                List.of(new PassingThresholds.ThresholdCheck("TOTAL", 311, 350),
                        new PassingThresholds.ThresholdCheck("TIU", 85, 80)),
                t2024.checks(FormationCategory.CUMLAUDE, 90, 80, 180));
    }
}
