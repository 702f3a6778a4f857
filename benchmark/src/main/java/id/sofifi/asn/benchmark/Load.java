package id.sofifi.asn.benchmark;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends the mix two ways. Closed loop: a fixed number of clients, each sending its next request when the last one
 * answered, which finds how many requests per second the system serves at most. Open loop: requests due at a fixed
 * rate whatever the answers do, as citizens arrive, handed to a bounded pool of workers; a latency counts from when
 * the request was due, so time spent queueing behind a slow answer is not hidden (no coordinated omission), and a
 * request due while every worker is busy and the queue is full is refused and counted as {@code backlog}.
 */
final class Load {
    private final Http http;
    private final Mix mix;
    private final Tally tally;

    Load(Http http, Mix mix, Tally tally) {
        this.http = http;
        this.mix = mix;
        this.tally = tally;
    }

    /** The closed loop for {@code duration}; answers the seconds it really took, the last answers included. */
    double closed(int clients, Duration duration) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    send(mix.next(), System.nanoTime());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        return (System.nanoTime() - started) / 1e9;
    }

    /** Starts the open loop at {@code perSecond}; closing it stops sending and waits for the answers in flight. */
    Running open(double perSecond, int workers) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(workers));
        Pacer pacer = new Pacer(pool, (long) (TimeUnit.SECONDS.toNanos(1) / perSecond));
        pacer.start();
        return () -> {
            pacer.running = false;
            pacer.join();
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
        };
    }

    /** The open loop, running until closed. */
    interface Running extends AutoCloseable {
        @Override
        void close() throws InterruptedException;
    }

    private void send(HttpRequest request, long dueNanos) {
        try {
            tally.answered(dueNanos, http.status(request));
        } catch (IOException | RuntimeException e) {
            tally.failed(dueNanos, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands the next request to the workers each time one is due; when it falls behind it catches up at once. */
    private final class Pacer extends Thread {
        private final ThreadPoolExecutor pool;
        private final long everyNanos;
        private volatile boolean running = true;

        Pacer(ThreadPoolExecutor pool, long everyNanos) {
            super("soak-pacer");
            this.pool = pool;
            this.everyNanos = everyNanos;
        }

        @Override
        public void run() {
            long start = System.nanoTime();
            for (long n = 0; running; n++) {
                long due = start + n * everyNanos;
                LockSupport.parkNanos(due - System.nanoTime());
                try {
                    pool.execute(() -> send(mix.next(), due));
                } catch (RejectedExecutionException full) {
                    tally.refused();
                }
            }
        }
    }
}
