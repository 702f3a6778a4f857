package id.sofifi.asn.servicequality.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.kernel.Violations;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a response must be to count (ASN-RULES §3): nine answers 1–4 or blank, at least one, a plausible day. */
class AnswersTest {
    private static List<String> fields(Integer... given) {
        ValidationFailure failure = assertThrows(ValidationFailure.class, () -> Answers.of(Arrays.asList(given)));
        return failure.violations().stream().map(Violation::field).toList();
    }

    @Test
    @DisplayName("§3: blanks are kept as blanks in element order")
    void keepsBlanks() {
        Answers answers = Answers.of(Arrays.asList(4, 3, null, 4, 3, 3, 4, 3, 4));
        assertEquals(Arrays.asList(4, 3, null, 4, 3, 3, 4, 3, 4), answers.list());
        assertEquals(null, answers.get(SurveyElement.COMPLETION_TIME));
        assertEquals(4, answers.get(SurveyElement.FACILITIES));
    }

    @Test
    @DisplayName("§3: an answer outside 1–4 is refused by its index; not nine answers, or none, by the whole")
    void refuses() {
        assertEquals(List.of("answers[2]", "answers[8]"), fields(4, 3, 5, 4, 3, 3, 4, 3, 0));
        assertEquals(List.of("answers"), fields(4, 3, 3, 4, 3, 3, 4, 3, 4, 4));
        assertEquals(List.of("answers"), fields(null, null, null, null, null, null, null, null, null));
    }

    @Test
    @DisplayName("A service is rated on or before today and at most 90 days after it")
    void servedOn() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertEquals(List.of(), servedOnViolations(today, today));
        assertEquals(List.of(), servedOnViolations(today.minusDays(90), today));
        assertEquals(List.of("survey.servedInFuture"), servedOnViolations(today.plusDays(1), today));
        assertEquals(List.of("survey.servedTooLongAgo"), servedOnViolations(today.minusDays(91), today));
        assertEquals(List.of("validation.required"), servedOnViolations(null, today));
    }

    private static List<String> servedOnViolations(LocalDate servedOn, LocalDate today) {
        Violations v = new Violations();
        SurveyResponse.checkServedOn(servedOn, today, v);
        return v.found().stream().map(Violation::messageKey).toList();
    }

    @Test
    @DisplayName("Receipt codes: eight unambiguous characters in two halves; typed without the dash they still match")
    void receiptCodes() {
        ReceiptCode code = new ReceiptCode(null, new java.util.Random(7), java.time.Instant.EPOCH);
        assertEquals(true, code.code().matches("[ACDEFGHJKMNPQRTUVWXY3467]{4}-[ACDEFGHJKMNPQRTUVWXY3467]{4}"));
        assertEquals("K7QM-3XPA", ReceiptCode.normalize(" k7qm3xpa "));
        assertEquals("K7QM-3XPA", ReceiptCode.normalize("k7qm-3xpa"));
        code.use(java.time.Instant.EPOCH);
        assertThrows(id.sofifi.asn.kernel.ConflictException.class, () -> code.use(java.time.Instant.EPOCH));
    }
}
