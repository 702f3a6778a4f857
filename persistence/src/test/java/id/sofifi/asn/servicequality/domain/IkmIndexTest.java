package id.sofifi.asn.servicequality.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The index of ASN-RULES §3: NRR per element over those who answered it, IKM, converted value and grade. */
class IkmIndexTest {
    private static Answers answers(Integer... given) {
        return Answers.of(Arrays.asList(given));
    }

    /** {@code n} respondents answering 3 everywhere, the first {@code fours} of them 4 on the first element. */
    private static IkmIndex threesWithFours(int n, int fours) {
        List<Answers> responses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            responses.add(answers(i < fours ? 4 : 3, 3, 3, 3, 3, 3, 3, 3, 3));
        }
        return IkmIndex.of(IkmTally.of(responses));
    }

    private static String text(java.util.Optional<BigDecimal> value) {
        return value.orElseThrow().toPlainString();
    }

    @Test
    @DisplayName("§3 I1: NRR 3.45, 3.20, 3.10, 3.80, 3.30, 3.50, 3.60, 3.00, 3.25 → 83.89, B")
    void i1() {
        // 20 respondents who all answered every element, with the element sums that give these NRR
        long[] sums = {69, 64, 62, 76, 66, 70, 72, 60, 65};
        IkmIndex index = IkmIndex.of(
                new IkmTally(20, Arrays.stream(sums).boxed().toList(), Collections.nCopies(SurveyElement.COUNT, 20L)));
        assertEquals("3.4500", text(index.nrr(SurveyElement.REQUIREMENTS)));
        assertEquals("3.2500", text(index.nrr(SurveyElement.FACILITIES)));
        assertEquals("3.3556", text(index.ikm()));
        assertEquals("83.89", text(index.converted()));
        assertEquals(IkmGrade.B, index.grade().orElseThrow());
        assertEquals("Baik", IkmGrade.B.performance());
    }

    @Test
    @DisplayName("§3 I2: four respondents, one blank on element 9 (NRR over three) → 85.19, B")
    void i2() {
        IkmIndex index = IkmIndex
                .of(IkmTally.of(List.of(answers(4, 4, 3, 4, 3, 4, 4, 3, 4), answers(3, 3, 3, 4, 3, 3, 4, 3, 3),
                        answers(4, 3, 2, 4, 3, 4, 3, 3, 4), answers(3, 3, 3, 4, 4, 3, 4, 3, null))));
        assertEquals(4, index.respondents());
        assertEquals("3.5000", text(index.nrr(SurveyElement.REQUIREMENTS)));
        assertEquals("2.7500", text(index.nrr(SurveyElement.COMPLETION_TIME)));
        assertEquals("3.6667", text(index.nrr(SurveyElement.FACILITIES)));
        assertEquals("3.4074", text(index.ikm()));
        assertEquals("85.19", text(index.converted()));
        assertEquals(IkmGrade.B, index.grade().orElseThrow());
    }

    @Test
    @DisplayName("§3 I3: all 3 → 75.00, C; all 4 → 100.00, A (exact 1/9, not the printed 0.111 that gives 99.90)")
    void i3() {
        IkmIndex threes = threesWithFours(5, 0);
        assertEquals("75.00", text(threes.converted()));
        assertEquals(IkmGrade.C, threes.grade().orElseThrow());
        IkmIndex fours = IkmIndex.of(IkmTally.of(List.of(answers(4, 4, 4, 4, 4, 4, 4, 4, 4))));
        assertEquals("4.0000", text(fours.ikm()));
        assertEquals("100.00", text(fours.converted()));
        assertEquals(IkmGrade.A, fours.grade().orElseThrow());
        assertEquals("Sangat Baik", IkmGrade.A.performance());
    }

    @Test
    @DisplayName("§3: blanks count for no element; the respondent still counts")
    void blanks() {
        IkmIndex index = IkmIndex.of(IkmTally.of(List.of(answers(4, null, null, null, null, null, null, null, null),
                answers(2, 1, 1, 1, 1, 1, 1, 1, 1))));
        assertEquals(2, index.respondents());
        assertEquals("3.0000", text(index.nrr(SurveyElement.REQUIREMENTS)));
        assertEquals("1.0000", text(index.nrr(SurveyElement.PROCEDURE)));
        // (3 + 8 × 1) / 9 = 1.2222; × 25 = 30.56
        assertEquals("1.2222", text(index.ikm()));
        assertEquals("30.56", text(index.converted()));
        assertEquals(IkmGrade.D, index.grade().orElseThrow());
    }

    @Test
    @DisplayName("§3: an element nobody answered leaves the index undefined, without dividing by zero")
    void elementNobodyAnswered() {
        IkmIndex index = IkmIndex
                .of(IkmTally.of(List.of(answers(4, 4, 4, 4, 4, 4, 4, 4, null), answers(3, 3, 3, 3, 3, 3, 3, 3, null))));
        assertFalse(index.defined());
        assertTrue(index.nrr(SurveyElement.FACILITIES).isEmpty());
        assertEquals("3.5000", text(index.nrr(SurveyElement.CONDUCT)));
        assertTrue(index.ikm().isEmpty());
        assertTrue(index.converted().isEmpty());
        assertTrue(index.grade().isEmpty());
        IkmIndex nobody = IkmIndex.of(IkmTally.of(List.of()));
        assertEquals(0, nobody.respondents());
        assertFalse(nobody.defined());
    }

    @Test
    @DisplayName("§3: graded on the converted value rounded half-up: 76.6082 → 76.61 B, 76.6026 → 76.60 C")
    void roundingAtGradeBoundary() {
        // 19 respondents, answers summing to 524: 25 × 524 / (9 × 19) = 76.608…; with the printed 0.111 it is 76.53
        IkmIndex above = threesWithFours(19, 11);
        assertEquals("76.61", text(above.converted()));
        assertEquals(IkmGrade.B, above.grade().orElseThrow());
        // 26 respondents, 717: 76.602…
        IkmIndex below = threesWithFours(26, 15);
        assertEquals("76.60", text(below.converted()));
        assertEquals(IkmGrade.C, below.grade().orElseThrow());
    }

    @Test
    @DisplayName("§3 grade table: 64.99 D, 65.00 C, 76.60 C, 76.61 B, 88.30 B, 88.31 A")
    void gradeTable() {
        assertEquals(IkmGrade.D, IkmGrade.of(new BigDecimal("64.99")));
        assertEquals(IkmGrade.C, IkmGrade.of(new BigDecimal("65.00")));
        assertEquals(IkmGrade.C, IkmGrade.of(new BigDecimal("76.60")));
        assertEquals(IkmGrade.B, IkmGrade.of(new BigDecimal("76.61")));
        assertEquals(IkmGrade.B, IkmGrade.of(new BigDecimal("88.30")));
        assertEquals(IkmGrade.A, IkmGrade.of(new BigDecimal("88.31")));
        assertEquals(IkmGrade.D, IkmGrade.of(new BigDecimal("25.00")));
        assertEquals(IkmGrade.A, IkmGrade.of(new BigDecimal("100.00")));
    }
}
