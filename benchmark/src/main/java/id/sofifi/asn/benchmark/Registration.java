package id.sofifi.asn.benchmark;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Registration under load (issue 14) against a running system: APPLICANTS virtual applicants at once, each with a NIK
 * and e-mail address of its own, each going the applicant's whole path once on the portal's pages ({@link
 * ApplicantPath}): sign-up, confirmation by the mailed link, sign-in, the wizard with its uploads, submit. Every phase
 * is timed on its own ({@link Phase}: count, errors by kind, successes per second over its wall clock, p50/p99/max);
 * sign-ups per second and submissions per second are printed apart, since the password hashing bounds the first; then
 * the load average and the check of what was stored ({@link RegistrationCheck}). A failed check fails the run.
 * {@code ./mvnw -q -Pbench -pl benchmark compile exec:java@registration} (settings: {@link RegistrationSettings}).
 */
public final class Registration {
    private Registration() {
    }

    public static void main(String[] args) throws Exception {
        RegistrationSettings settings = RegistrationSettings.fromEnvironment();
        int run = (int) (System.currentTimeMillis() / 1000 % 10_000);
        System.out.printf("== ASN Sofifi registration under load (%s, %d cores, load %s) ==%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                LoadAverage.now());
        System.out.printf(
                "system %s, database %s; run %04d: %d applicants at once, %s, %d %% double-click submit, %d %% on two"
                        + " devices, PDFs of %d KiB and a 300x400 JPEG photo%n",
                settings.base(), settings.dbUrl(), run, settings.applicants(),
                settings.lockstep() ? "phases in lockstep" : "each at its own pace", settings.doubleClickPercent(),
                settings.twoDevicePercent(), settings.pdfKib());

        List<Phase> phases = List.of(new Phase("sign-up"), new Phase("confirmation"), new Phase("sign-in"),
                new Phase("wizard"), new Phase("submit"));
        Set<String> signedUp = ConcurrentHashMap.newKeySet();
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        Map<String, String> submitted = new ConcurrentHashMap<>();
        Map<String, LongAdder> together = new ConcurrentHashMap<>();
        Http http = new Http(settings.base());
        Documents documents = new Documents(settings.pdfKib() * 1024);
        long started = System.nanoTime();
        try (Database database = new Database(settings.dbUrl(), settings.dbUser(), settings.dbPassword())) {
            Phaser lockstep = settings.lockstep() ? new Phaser(settings.applicants()) : null;
            ExecutorService applicants = Executors.newFixedThreadPool(settings.applicants());
            ExecutorService clicks = Executors.newCachedThreadPool();
            for (int i = 1; i <= settings.applicants(); i++) {
                Applicant applicant = Applicant.of(run, i);
                ApplicantPath path = new ApplicantPath(applicant, new PortalSession(http, settings.timeout()), database,
                        documents, settings.period());
                // the same applicant on a second device: signed in and through the wizard there as well
                List<ApplicantPath> devices = settings.twoDevices(i)
                        ? List.of(new ApplicantPath(applicant, new PortalSession(http, settings.timeout()), database,
                                documents, settings.period()))
                        : List.of();
                List<ApplicantPath> others = settings.doubleClicks(i)
                        ? Stream.concat(Stream.of(path), devices.stream()).toList()
                        : devices;
                List<Phase.Step> steps = List.of(() -> {
                    path.signUp();
                    signedUp.add(applicant.email());
                }, () -> {
                    path.confirm();
                    confirmed.add(applicant.email());
                }, () -> {
                    path.signIn();
                    for (ApplicantPath device : devices) {
                        device.signIn();
                    }
                }, () -> {
                    path.fillWizard();
                    for (ApplicantPath device : devices) {
                        device.fillWizard();
                    }
                }, () -> {
                    Optional<String> clicked = path.submit(others, clicks);
                    submitted.put(applicant.email(), path.registrationNumber());
                    String how = devices.isEmpty() ? "double click" : "two devices";
                    clicked.ifPresent(c -> together.computeIfAbsent(how + ": " + c, k -> new LongAdder()).increment());
                });
                applicants.execute(() -> walk(phases, steps, lockstep));
            }
            applicants.shutdown();
            applicants.awaitTermination(1, TimeUnit.DAYS);
            clicks.shutdown();
            double seconds = (System.nanoTime() - started) / 1e9;

            System.out.printf("all phases in %.1f s; per phase (ok per second over the phase's wall clock):%n",
                    seconds);
            phases.forEach(p -> System.out.println("  " + p.summary()));
            System.out.printf("sign-ups/s %.2f (each hashes a password: PBKDF2-HMAC-SHA256, 210,000 iterations);"
                    + " submissions/s %.2f%n", phases.get(0).perSecond(), phases.get(4).perSecond());
            System.out.println("submitted at once (double click in one view, or on two devices):"
                    + (together.isEmpty() ? " none" : ""));
            new TreeMap<>(together).forEach((outcome, count) -> System.out.printf("  %3d %s%n", count.sum(), outcome));
            System.out.println("load average " + LoadAverage.now());
            System.out.println("check (JDBC):");
            if (!new RegistrationCheck(database, run, settings.documentsDir())
                    .check(new RegistrationCheck.Seen(signedUp, confirmed, submitted))) {
                throw new IllegalStateException("a check failed: see the FAIL lines above");
            }
        }
    }

    /**
     * One applicant's path: phase after phase until one fails. In lockstep, each applicant waits at the end of a phase
     * for the others, and one that failed leaves the lockstep so the others do not wait for it.
     */
    private static void walk(List<Phase> phases, List<Phase.Step> steps, Phaser lockstep) {
        try {
            for (int p = 0; p < phases.size(); p++) {
                if (!phases.get(p).run(steps.get(p))) {
                    break;
                }
                if (lockstep != null && p < phases.size() - 1) {
                    lockstep.arriveAndAwaitAdvance();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (lockstep != null) {
                lockstep.arriveAndDeregister();
            }
        }
    }
}
