package id.sofifi.asn.benchmark;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The soak of issue 13 against a running system: set-up through the API ({@link SoakData}), the maximum of the mix
 * ({@link Mix}) with CLIENTS closed-loop clients for MAX_SECONDS after WARMUP_SECONDS, then SOAK_MINUTES of open
 * loop at half that maximum, one line a minute (requests, errors by kind, p50/p99/max latency, the server's used heap
 * after a full GC, {@link ServerHeap}), and a summary: heap slope, worst p99, errors, load average.
 * {@code ./mvnw -q -Pbench -pl benchmark compile exec:java} (settings: {@link Settings}).
 */
public final class Soak {
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private Soak() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromEnvironment();
        ServerHeap heap = ServerHeap.of(settings.serverPid());
        Http http = new Http(settings.base());
        System.out.printf("== ASN Sofifi soak (%s, %d cores, load %s) ==%n",
                Instant.now().truncatedTo(ChronoUnit.MINUTES), Runtime.getRuntime().availableProcessors(),
                LoadAverage.now());
        System.out.printf("system %s; WildFly JVM pid %d, heap read by jcmd (GC.run, then GC.heap_info)%n",
                settings.base(), heap.pid());

        long setUp = System.nanoTime();
        SoakData.Made data = new SoakData(http, settings).make();
        System.out.printf(
                "set-up in %.1f s: unit %s with complaints; ADMINISTRATION announcement #%d published with"
                        + " %d entries%n",
                seconds(setUp), data.unit(), data.announcement(), data.registrationNumbers().size());
        Mix mix = new Mix(http, settings, data);
        System.out.println("mix (weights of 100): " + mix.describe());

        Tally tally = new Tally();
        Load load = new Load(http, mix, tally);
        double maximum = maximum(settings, load, tally);
        soak(settings, load, tally, heap, maximum / 2);
    }

    /** The closed loop's requests per second, after a warm-up that is not counted. */
    private static double maximum(Settings settings, Load load, Tally tally) throws InterruptedException {
        load.closed(settings.clients(), settings.warmup());
        tally.interval();
        double measured = load.closed(settings.clients(), settings.maxPhase());
        Tally.Interval max = tally.interval();
        double maximum = max.requests() / measured;
        System.out.printf("maximum: %d clients, closed loop, %.0f s after %d s of warm-up: %.1f req/s; %s%n",
                settings.clients(), measured, settings.warmup().toSeconds(), maximum, max.figures());
        if (maximum < 2) {
            throw new IllegalStateException("the system served under 2 requests/s: nothing to soak at half of it");
        }
        return maximum;
    }

    /** The open loop at {@code rate}, a line a minute with the heap after a full GC, then the summary. */
    private static void soak(Settings settings, Load load, Tally tally, ServerHeap heap, double rate)
            throws IOException, InterruptedException {
        System.out.printf(
                "soak: open loop at %.1f req/s (half the maximum) for %d min, at most %d in flight and"
                        + " %d queued; heap = used after a full GC%n",
                rate, settings.soakMinutes(), settings.workers(), settings.workers());
        System.out.printf("minute  0 (before the soak): heap %.1f MiB%n", heap.usedAfterFullGcMib());
        List<Double> heaps = new ArrayList<>();
        List<Tally.Interval> minutes = new ArrayList<>();
        try (Load.Running running = load.open(rate, settings.workers())) {
            long start = System.nanoTime();
            for (int m = 1; m <= settings.soakMinutes(); m++) {
                TimeUnit.NANOSECONDS.sleep(start + m * MINUTE - System.nanoTime());
                Tally.Interval minute = tally.interval();
                double mib = heap.usedAfterFullGcMib();
                minutes.add(minute);
                heaps.add(mib);
                System.out.printf("minute %2d: %6d requests (%.1f/s), %s; heap %.1f MiB%n", m, minute.requests(),
                        minute.requests() / 60.0, minute.figures(), mib);
            }
        }
        summary(minutes, heaps, tally.interval());
    }

    /** Totals of the soak's minutes; the answers still in flight at the stop add to the errors, not the rates. */
    private static void summary(List<Tally.Interval> minutes, List<Double> heaps, Tally.Interval drained)
            throws IOException {
        long requests = minutes.stream().mapToLong(Tally.Interval::requests).sum();
        long errors = minutes.stream().mapToLong(Tally.Interval::errorCount).sum() + drained.errorCount();
        double worstP99 = minutes.stream().mapToDouble(m -> m.ms(99)).max().orElse(0);
        System.out.printf("stop: %d more answered after the last minute, %s%n", drained.requests(), drained.figures());
        System.out.printf(
                "summary: %d requests in %d min, %d errors (%.3f %%), worst minute's p99 %.1f ms;"
                        + " heap %.1f -> %.1f MiB, slope %s MiB/min (least squares over minutes 1-%d); load %s%n",
                requests, minutes.size(), errors, requests == 0 ? 0 : 100.0 * errors / requests, worstP99, heaps.get(0),
                heaps.get(heaps.size() - 1), slope(heaps), heaps.size(), LoadAverage.now());
    }

    /** The least-squares slope of the heap per minute, or "n/a" for fewer than two minutes. */
    private static String slope(List<Double> heaps) {
        int n = heaps.size();
        if (n < 2) {
            return "n/a";
        }
        double meanX = (n + 1) / 2.0;
        double meanY = heaps.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            double dx = i + 1 - meanX;
            covariance += dx * (heaps.get(i) - meanY);
            variance += dx * dx;
        }
        return "%+.2f".formatted(covariance / variance);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
