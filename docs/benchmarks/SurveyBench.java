import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Survey submission throughput (docs/benchmarks.md, "Survey submission (issue 11)"); needs only JDK 17:
 * {@code java SurveyBench.java BASE_URL ADMIN_TOKEN CLIENTS RESPONSES KIOSKS}.
 * <p>
 * Makes a new service unit under the demo work unit BKD and pairs KIOSKS kiosk tablets with it through the API (the
 * pairing link each answers sets the device cookie), so the hourly limit of phones does not stop the run: a paired
 * kiosk is exempt from it. CLIENTS threads then post RESPONSES survey responses to the public endpoint
 * {@code POST /api/v1/service-units/{code}/survey-responses} as fast as the server answers, each client using the
 * cookie of kiosk (client mod KIOSKS), with varied answers and respondent facts. Every kiosk sends far more than
 * three responses in two minutes, so after its first two every response also runs the burst flagging: the worst
 * case of the submission path. A warm-up of 2 × CLIENTS responses precedes the measured run. Prints responses/s,
 * latency percentiles, the status counts, and the index the server then computes over them.
 */
public class SurveyBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int clients = Integer.parseInt(args[2]);
        int responses = Integer.parseInt(args[3]);
        int kiosks = Integer.parseInt(args[4]);
        String unit = "BENCH-SURVEY-" + System.currentTimeMillis() % 1_000_000_000L;
        check(send(post(base + "/api/v1/service-units", token, """
                {"code":"%s","name":"Loket Uji Beban Survei","workUnitCode":"BKD","annualUsers":100000}"""
                .formatted(unit))), 201);
        List<String> cookies = new ArrayList<>();
        for (int k = 0; k < kiosks; k++) {
            String body = check(send(post(base + "/api/v1/service-units/" + unit + "/kiosks", token,
                    "{\"label\":\"Tablet uji " + (k + 1) + "\"}")), 201).body();
            String link = body.replaceAll("(?s).*\"pairingUrl\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> paired = check(send(HttpRequest.newBuilder(URI.create(link)).GET()), 302);
            String cookie = paired.headers().firstValue("Set-Cookie").orElseThrow();
            cookies.add(cookie.substring(0, cookie.indexOf(';')));
        }
        String url = base + "/api/v1/service-units/" + unit + "/survey-responses";
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jayapura"));
        run(url, cookies, clients, 2 * clients, today);
        Result result = run(url, cookies, clients, responses, today);
        long[] sorted = result.latencies().clone();
        Arrays.sort(sorted);
        System.out.printf("service unit %s, %d kiosk(s), %d clients, %d responses (after a warm-up of %d)%n", unit,
                kiosks, clients, responses, 2 * clients);
        System.out.printf("wall %.1f s = %.0f responses/s; status %s%n", result.seconds(),
                responses / result.seconds(), result.statuses());
        System.out.printf("latency ms: median %.1f, p95 %.1f, p99 %.1f, max %.1f%n", ms(sorted, 0.50),
                ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        long started = System.nanoTime();
        String index = check(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/service-units/" + unit
                + "/ikm?from=" + today + "&to=" + today)).GET()), 200).body();
        System.out.printf("index over them in %.0f ms: %s%n", (System.nanoTime() - started) / 1e6, index);
        System.exit(0);
    }

    private record Result(double seconds, long[] latencies, Map<Integer, LongAdder> statuses) {
    }

    private static Result run(String url, List<String> cookies, int clients, int responses, LocalDate today)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[responses];
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            String cookie = cookies.get(c % cookies.size());
            Random random = new Random(c);
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < responses; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json").header("Cookie", cookie)
                                .POST(HttpRequest.BodyPublishers.ofString(body(random, today))).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    latencies[i] = System.nanoTime() - sent;
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return new Result((System.nanoTime() - started) / 1e9, latencies, statuses);
    }

    private static final String[] SEXES = {"M", "F"};
    private static final String[] AGES = {"UNDER_20", "AGE_20_29", "AGE_30_39", "AGE_40_49", "AGE_50_59",
            "AGE_60_PLUS"};
    private static final String[] EDUCATIONS = {"SD", "SMP", "SMA", "DIPLOMA", "S1", "S2", "S3"};
    private static final String[] OCCUPATIONS = {"CIVIL_SERVANT", "MILITARY", "POLICE", "PRIVATE_EMPLOYEE",
            "ENTREPRENEUR", "STUDENT", "OTHER"};

    private static String body(Random random, LocalDate today) {
        StringBuilder answers = new StringBuilder();
        for (int u = 0; u < 9; u++) {
            answers.append(u == 0 ? "" : ",").append(random.nextInt(12) == 0 ? "null" : 1 + random.nextInt(4));
        }
        return """
                {"answers":[%s],"servedOn":"%s","respondent":{"sex":"%s","age":"%s","education":"%s","occupation":"%s"}}"""
                .formatted(answers, today.minusDays(random.nextInt(30)), pick(SEXES, random), pick(AGES, random),
                        pick(EDUCATIONS, random), pick(OCCUPATIONS, random));
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static HttpRequest.Builder post(String url, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> check(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException("expected " + expected + ", got " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }
}
