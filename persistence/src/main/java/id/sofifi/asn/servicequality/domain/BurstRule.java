package id.sofifi.asn.servicequality.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Lonjakan jawaban (issue 11, "flags on bursts"): a response is flagged when its source (a phone's address or a
 * kiosk) sent {@code burstCount} responses, this one included, within {@code burstWindow}, or the same nine
 * answers {@code identicalRun} times in a row within {@code runWindow}. A phone is already held to 5 responses an
 * hour, so its thresholds sit just below that limit; a kiosk is exempt from the limit and watched more closely:
 * filling nine questions and handing the tablet to the next citizen three times in two minutes, or three identical
 * answer sheets in a row within the hour, is not what a counter's queue looks like. Paper forms are entered by staff
 * in bulk and never checked.
 */
public record BurstRule(int burstCount, Duration burstWindow, int identicalRun, Duration runWindow) {
    public static final BurstRule PHONE = new BurstRule(4, Duration.ofMinutes(10), 4, Duration.ofHours(1));
    public static final BurstRule KIOSK = new BurstRule(3, Duration.ofMinutes(2), 3, Duration.ofHours(1));

    /** The rule of a channel; empty for paper. */
    public static Optional<BurstRule> of(Channel channel) {
        return switch (channel) {
            case PHONE -> Optional.of(PHONE);
            case KIOSK -> Optional.of(KIOSK);
            case PAPER -> Optional.empty();
        };
    }

    /**
     * How many of the source's newest earlier responses decide: a burst is complete once the
     * ({@code burstCount} − 1)th newest lies in the window, a run once the ({@code identicalRun} − 1) newest match.
     * A kiosk sending thousands an hour is thus checked against a few rows, not all of them.
     */
    public int lookback() {
        return Math.max(burstCount, identicalRun) - 1;
    }

    /** Since when earlier responses of the source matter for a response at {@code at}. */
    public Instant since(Instant at) {
        return at.minus(burstWindow.compareTo(runWindow) > 0 ? burstWindow : runWindow);
    }

    /**
     * The flag of a response at {@code at} with {@code answers}, given the source's earlier responses (any order,
     * older ones than {@link #since} ignored); a burst counts before a run of identical answers.
     */
    public Optional<BurstFlag> check(Instant at, List<Integer> answers, List<RecentResponse> earlier) {
        List<RecentResponse> burst = within(earlier, at, burstWindow);
        if (burst.size() + 1 >= burstCount) {
            return Optional
                    .of(new BurstFlag(FlagReason.BURST, burst.size() + 1, (int) burstWindow.toMinutes(), ids(burst)));
        }
        List<RecentResponse> run = new ArrayList<>();
        for (RecentResponse r : within(earlier, at, runWindow)) {
            if (!r.answers().equals(answers)) {
                break;
            }
            run.add(r);
        }
        if (run.size() + 1 >= identicalRun) {
            return Optional
                    .of(new BurstFlag(FlagReason.IDENTICAL_RUN, run.size() + 1, (int) runWindow.toMinutes(), ids(run)));
        }
        return Optional.empty();
    }

    /** The responses in [at − window, at], newest first. */
    private static List<RecentResponse> within(List<RecentResponse> earlier, Instant at, Duration window) {
        return earlier.stream().filter(r -> !r.submittedAt().isBefore(at.minus(window)) && !r.submittedAt().isAfter(at))
                .sorted(Comparator.comparing(RecentResponse::submittedAt).reversed()).toList();
    }

    private static List<Long> ids(List<RecentResponse> responses) {
        return responses.stream().map(RecentResponse::id).toList();
    }
}
