package id.sofifi.asn.benchmark;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * One phase of the applicants' path (sign-up, confirmation, sign-in, wizard, submit), timed over all applicants: each
 * applicant's step is one latency in its {@link Tally}, a failed step an error by kind, and the phase's wall clock runs
 * from the first applicant starting it to the last one ending it, so its rate is what the system did per second while
 * the phase was under way.
 */
final class Phase {
    /** An applicant's step of the phase; any exception fails it. */
    interface Step {
        void run() throws IOException, SQLException, InterruptedException;
    }

    private final String name;
    private final Tally tally = new Tally();
    private final LongAdder succeeded = new LongAdder();
    private final LongAccumulator first = new LongAccumulator(Math::min, Long.MAX_VALUE);
    private final LongAccumulator last = new LongAccumulator(Math::max, Long.MIN_VALUE);

    Phase(String name) {
        this.name = name;
    }

    /** Runs one applicant's step; answers whether it succeeded. */
    boolean run(Step step) throws InterruptedException {
        long start = System.nanoTime();
        first.accumulate(start);
        try {
            step.run();
            tally.ended(start, null);
            succeeded.increment();
            return true;
        } catch (StepFailed e) {
            tally.ended(start, e.getMessage());
            return false;
        } catch (IOException | SQLException | RuntimeException e) {
            tally.failed(start, e);
            return false;
        } finally {
            last.accumulate(System.nanoTime());
        }
    }

    String name() {
        return name;
    }

    long succeeded() {
        return succeeded.sum();
    }

    /** Seconds from the first start to the last end; 0 when no applicant reached the phase. */
    double wallSeconds() {
        return first.get() == Long.MAX_VALUE ? 0 : (last.get() - first.get()) / 1e9;
    }

    /** Successful steps per second of the phase's wall clock. */
    double perSecond() {
        double seconds = wallSeconds();
        return seconds == 0 ? 0 : succeeded() / seconds;
    }

    /** "sign-up: 200 done, 200 ok, 9.8/s over 20.4 s; errors 0; ms p50 …", read once, at the end. */
    String summary() {
        Tally.Interval all = tally.interval();
        return "%-12s %4d done, %4d ok, %7.2f/s over %6.1f s; %s".formatted(name + ":", all.requests(), succeeded(),
                perSecond(), wallSeconds(), all.figures());
    }
}
