package id.sofifi.asn.servicequality.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 11, "flags on bursts (many responses in minutes, identical answers in a row)": {@link BurstRule}. */
class BurstRuleTest {
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final List<Integer> ALL_FOUR = List.of(4, 4, 4, 4, 4, 4, 4, 4, 4);
    private static final List<Integer> MIXED = List.of(3, 4, 2, 3, 3, 4, 3, 3, 4);

    private static RecentResponse minutesAgo(long id, long minutes, List<Integer> answers) {
        return new RecentResponse(id, NOW.minusSeconds(60 * minutes), answers);
    }

    @Test
    @DisplayName("Issue 11: a phone's fourth response within 10 minutes is a burst, with the three before it")
    void phoneBurst() {
        List<RecentResponse> earlier = List.of(minutesAgo(1, 9, MIXED), minutesAgo(2, 5, ALL_FOUR),
                minutesAgo(3, 1, MIXED));
        BurstFlag flag = BurstRule.PHONE.check(NOW, List.of(2, 2, 2, 2, 2, 2, 2, 2, 2), earlier).orElseThrow();
        assertEquals(FlagReason.BURST, flag.reason());
        assertEquals(4, flag.count());
        assertEquals(10, flag.windowMinutes());
        assertEquals(List.of(3L, 2L, 1L), flag.earlier(), "newest first");
    }

    @Test
    @DisplayName("Issue 11: three phone responses in 10 minutes, or four spread over more, are no burst")
    void phoneNoBurst() {
        assertEquals(Optional.empty(),
                BurstRule.PHONE.check(NOW, MIXED, List.of(minutesAgo(1, 8, ALL_FOUR), minutesAgo(2, 2, ALL_FOUR))));
        assertEquals(Optional.empty(), BurstRule.PHONE.check(NOW, MIXED,
                List.of(minutesAgo(1, 40, ALL_FOUR), minutesAgo(2, 25, ALL_FOUR), minutesAgo(3, 11, ALL_FOUR))));
    }

    @Test
    @DisplayName("Issue 11: a kiosk is watched more closely: its third response within 2 minutes is a burst")
    void kioskBurst() {
        BurstFlag flag = BurstRule.KIOSK.check(NOW, MIXED, List.of(minutesAgo(1, 2, ALL_FOUR), minutesAgo(2, 1, MIXED)))
                .orElseThrow();
        assertEquals(FlagReason.BURST, flag.reason());
        assertEquals(3, flag.count());
        assertEquals(2, flag.windowMinutes());
        assertEquals(Optional.empty(),
                BurstRule.KIOSK.check(NOW, MIXED, List.of(minutesAgo(1, 3, ALL_FOUR), minutesAgo(2, 1, MIXED))),
                "one of them three minutes ago: a counter's queue");
    }

    @Test
    @DisplayName("Issue 11: the same nine answers three times in a row from a kiosk within the hour are flagged")
    void kioskIdenticalRun() {
        List<RecentResponse> earlier = List.of(minutesAgo(1, 50, MIXED), minutesAgo(2, 30, ALL_FOUR),
                minutesAgo(3, 10, ALL_FOUR));
        BurstFlag flag = BurstRule.KIOSK.check(NOW, ALL_FOUR, earlier).orElseThrow();
        assertEquals(FlagReason.IDENTICAL_RUN, flag.reason());
        assertEquals(3, flag.count());
        assertEquals(60, flag.windowMinutes());
        assertEquals(List.of(3L, 2L), flag.earlier(), "the run stops at the first different answers");
        assertEquals(Optional.empty(), BurstRule.KIOSK.check(NOW, MIXED, earlier), "a different sheet ends the run");
    }

    @Test
    @DisplayName("Issue 11: a blank counts as an answer when comparing sheets: [4,…,null] differs from all fours")
    void blanksDiffer() {
        List<Integer> blankLast = new ArrayList<>(ALL_FOUR);
        blankLast.set(8, null);
        assertEquals(Optional.empty(), BurstRule.KIOSK.check(NOW, ALL_FOUR,
                List.of(minutesAgo(1, 30, blankLast), minutesAgo(2, 20, ALL_FOUR))));
    }

    @Test
    @DisplayName("Issue 11: a phone's identical run needs four sheets, a burst counts before a run, paper is unchecked")
    void phoneRunAndPaper() {
        List<RecentResponse> three = List.of(minutesAgo(1, 50, ALL_FOUR), minutesAgo(2, 35, ALL_FOUR),
                minutesAgo(3, 20, ALL_FOUR));
        assertEquals(FlagReason.IDENTICAL_RUN, BurstRule.PHONE.check(NOW, ALL_FOUR, three).orElseThrow().reason());
        assertEquals(Optional.empty(), BurstRule.PHONE.check(NOW, ALL_FOUR, three.subList(1, 3)));
        List<RecentResponse> fast = List.of(minutesAgo(1, 3, ALL_FOUR), minutesAgo(2, 2, ALL_FOUR),
                minutesAgo(3, 1, ALL_FOUR));
        assertEquals(FlagReason.BURST, BurstRule.PHONE.check(NOW, ALL_FOUR, fast).orElseThrow().reason());
        assertTrue(BurstRule.of(Channel.PAPER).isEmpty());
    }

    @Test
    @DisplayName("Issue 11: the newest three earlier responses decide for a phone, two for a kiosk")
    void lookback() {
        assertEquals(3, BurstRule.PHONE.lookback());
        assertEquals(2, BurstRule.KIOSK.lookback());
        List<RecentResponse> newestThree = List.of(minutesAgo(1, 9, MIXED), minutesAgo(2, 5, MIXED),
                minutesAgo(3, 1, MIXED));
        assertEquals(FlagReason.BURST, BurstRule.PHONE.check(NOW, ALL_FOUR, newestThree).orElseThrow().reason());
    }
}
