package id.sofifi.asn.servicequality.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 11: "demographic breakdowns only where a group has at least 5 respondents". */
class RespondentGroupTest {
    private static IkmTally respondents(int n) {
        return IkmTally.of(Collections.nCopies(n, Answers.of(List.of(4, 3, 3, 4, 3, 4, 4, 3, 3))));
    }

    @Test
    @DisplayName("Issue 11: a group of 4 respondents shows neither its index nor its number")
    void fourWithheld() {
        RespondentGroup group = RespondentGroup.of("F", respondents(4));
        assertFalse(group.disclosed());
        assertEquals(0, group.respondents());
        assertTrue(group.shownIndex().isEmpty());
    }

    @Test
    @DisplayName("Issue 11: a group of 5 respondents is shown with its index")
    void fiveShown() {
        RespondentGroup group = RespondentGroup.of("AGE_30_39", respondents(5));
        assertTrue(group.disclosed());
        assertEquals(5, group.respondents());
        assertEquals("86.11", group.shownIndex().orElseThrow().converted().orElseThrow().toPlainString());
    }

    @Test
    @DisplayName("Issue 11: an empty group is withheld as a small one")
    void emptyWithheld() {
        assertFalse(RespondentGroup.of("S3", IkmTally.empty()).disclosed());
    }
}
