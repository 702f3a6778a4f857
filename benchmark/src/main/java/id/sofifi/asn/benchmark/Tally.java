package id.sofifi.asn.benchmark;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Counts what the load's requests came to, from many threads at once, and hands it over an interval at a time (a
 * minute of the soak, the whole maximum phase): every latency in an HdrHistogram (3 significant digits, so p99 is
 * exact to 0.1 %), and the outcomes that are errors by name: {@code HTTP 500}, an exception's class, or
 * {@code backlog} when the open loop's bounded queue was full and the request was never sent.
 */
final class Tally {
    private final Recorder latencies = new Recorder(3);
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    /** The error counts handed over so far: counts only grow, so an interval is the difference, none lost. */
    private final Map<String, Long> handedOver = new TreeMap<>();

    /** A request that was meant to start at {@code intendedNanos} ended now with {@code status}. */
    void answered(long intendedNanos, int status) {
        latencies.recordValue(System.nanoTime() - intendedNanos);
        if (status < 200 || status >= 400) {
            error("HTTP " + status);
        }
    }

    /** A request that was meant to start at {@code intendedNanos} failed now without an answer. */
    void failed(long intendedNanos, Exception e) {
        latencies.recordValue(System.nanoTime() - intendedNanos);
        error(e.getClass().getSimpleName());
    }

    /**
     * A step of several requests (an applicant signing up, going through the wizard) that began at {@code startedNanos}
     * ended now, in {@code error} (its kind: {@code HTTP 429}, {@code refused: …}) or, when null, as it should.
     */
    void ended(long startedNanos, String error) {
        latencies.recordValue(System.nanoTime() - startedNanos);
        if (error != null) {
            error(error);
        }
    }

    /** A request of the open loop that was due but found every worker busy and the queue full. */
    void refused() {
        error("backlog");
    }

    /** What was counted since the last call, which starts a new interval; called by one thread at a time. */
    synchronized Interval interval() {
        Map<String, Long> byName = new TreeMap<>();
        errors.forEach((name, count) -> {
            long now = count.sum();
            long before = handedOver.getOrDefault(name, 0L);
            handedOver.put(name, now);
            if (now > before) {
                byName.put(name, now - before);
            }
        });
        return new Interval(latencies.getIntervalHistogram(), byName);
    }

    private void error(String name) {
        errors.computeIfAbsent(name, n -> new LongAdder()).increment();
    }

    /**
     * One interval's figures: requests due (ended, or refused for backlog), errors by name, latency percentiles in
     * milliseconds of those that ended.
     */
    record Interval(Histogram histogram, Map<String, Long> errors) {
        long requests() {
            return histogram.getTotalCount() + errors.getOrDefault("backlog", 0L);
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        double ms(double percentile) {
            return histogram.getTotalCount() == 0
                    ? 0
                    : histogram.getValueAtPercentile(percentile) / (double) TimeUnit.MILLISECONDS.toNanos(1);
        }

        /** "errors 0; ms p50 …": the errors by kind and the latency percentiles. */
        String figures() {
            return "errors %d%s; ms p50 %.1f, p99 %.1f, max %.1f".formatted(errorCount(),
                    errors.isEmpty()
                            ? ""
                            : errors.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                    .collect(Collectors.joining(", ", " {", "}")),
                    ms(50), ms(99), maxMs());
        }

        double maxMs() {
            return histogram.getTotalCount() == 0
                    ? 0
                    : histogram.getMaxValue() / (double) TimeUnit.MILLISECONDS.toNanos(1);
        }
    }
}
