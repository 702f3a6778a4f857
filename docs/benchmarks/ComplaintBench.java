import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Public complaint benchmarks of issue 12 (docs/benchmarks.md, "Complaint dashboard and submissions (issue 12)");
 * needs JDK 17 and, for {@code dashboard}, the PostgreSQL JDBC driver:
 * <ul>
 * <li>{@code dashboard BASE_URL ADMIN_TOKEN COMPLAINTS REQUESTS}: a new OPD with 20 bidang (API), then by SQL
 * COMPLAINTS cases about the bidang spread over this year so far in every status, with routing and follow-up days;
 * then REQUESTS sequential requests each (after 5 of warm-up) of {@code GET /api/v1/complaint-statistics} for the
 * province, the same for the OPD, and the page {@code /lapor/dasbor.xhtml} of the province; prints median and p95.</li>
 * <li>{@code submissions BASE_URL ADMIN_TOKEN CLIENTS COMPLAINTS}: a new unit (API), then CLIENTS threads post
 * COMPLAINTS reports to the public {@code POST /api/v1/complaints} as fast as the server answers (after a warm-up of
 * 2 × CLIENTS); prints reports/s, latency percentiles and the status counts.</li>
 * </ul>
 * Connection: ASN_DB_URL (jdbc:postgresql://localhost:15432/asn), ASN_DB_USER, ASN_DB_PASSWORD (asn/asn).
 */
public class ComplaintBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8)).build();
    private static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    public static void main(String[] args) throws Exception {
        String base = args[1];
        String token = args[2];
        String run = String.valueOf(System.currentTimeMillis() % 100_000);
        switch (args[0]) {
            case "dashboard" -> dashboard(base, token, run, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "submissions" -> submissions(base, token, run, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
        System.exit(0);
    }

    static void dashboard(String base, String token, String run, int complaints, int requests) throws Exception {
        String opd = "BENCH-DASH-" + run;
        unit(base, token, opd, "Badan Uji Dasbor " + run, null);
        for (int i = 1; i <= 20; i++) {
            unit(base, token, opd + "-" + i, "Bidang Uji Dasbor " + i, opd);
        }
        LocalDate today = LocalDate.now(WIT);
        LocalDate from = today.withDayOfYear(1);
        long t0 = System.nanoTime();
        int filled;
        try (Connection c = DriverManager.getConnection(env("ASN_DB_URL", "jdbc:postgresql://localhost:15432/asn"),
                env("ASN_DB_USER", "asn"), env("ASN_DB_PASSWORD", "asn"));
                PreparedStatement s = c.prepareStatement("WITH u AS (SELECT w.id, row_number() OVER (ORDER BY w.id)"
                        + " - 1 AS n, count(*) OVER () AS k FROM work_unit w WHERE w.parent_id = (SELECT id FROM"
                        + " work_unit WHERE code = ?)) INSERT INTO complaint (tracking_code, kind, privacy, title, body,"
                        + " work_unit_id, status, received_at, routed_on, followed_up_on, closed_on, secret_hash)"
                        + " SELECT 'D' || ? || '-' || lpad(g::text, 7, '0'), 'COMPLAINT', 'PUBLIC',"
                        + " 'Pengaduan uji ' || g, 'Isi pengaduan uji', u.id,"
                        + " (ARRAY['RECEIVED','ROUTED','FOLLOWED_UP','CLOSED','REJECTED'])[1 + g % 5],"
                        + " (?::date + (g % ?))::timestamp AT TIME ZONE 'Asia/Jayapura' + interval '10 hours',"
                        + " CASE WHEN g % 5 IN (1, 2, 3) THEN LEAST(?::date, ?::date + (g % ?) + 1 + g % 4) END,"
                        + " CASE WHEN g % 5 IN (2, 3) THEN LEAST(?::date, ?::date + (g % ?) + 3 + g % 9) END,"
                        + " CASE WHEN g % 5 = 3 THEN LEAST(?::date, ?::date + (g % ?) + 14) END, repeat('0', 64)"
                        + " FROM generate_series(0, ? - 1) g JOIN u ON u.n = g % u.k")) {
            int days = today.getDayOfYear();
            Object[] parameters = {opd, run, from, days, today, from, days, today, from, days, today, from, days,
                    complaints};
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            filled = s.executeUpdate();
        }
        System.out.printf("OPD %s with 20 bidang: %d complaints from %s to %s filled by SQL in %d ms%n", opd, filled,
                from, today, (System.nanoTime() - t0) / 1_000_000);
        time("GET /complaint-statistics (province)", base + "/api/v1/complaint-statistics", requests);
        time("GET /complaint-statistics?workUnit=" + opd, base + "/api/v1/complaint-statistics?workUnit=" + opd,
                requests);
        time("GET /lapor/dasbor.xhtml (province)", base + "/lapor/dasbor.xhtml", requests);
        time("GET /lapor/dasbor.xhtml?unit=" + opd, base + "/lapor/dasbor.xhtml?unit=" + opd, requests);
        System.out.println("province total: " + check(send(HttpRequest.newBuilder(URI.create(base
                + "/api/v1/complaint-statistics"))), 200).body().replaceAll(".*\"total\":", ""));
    }

    private static void time(String label, String url, int requests) throws Exception {
        for (int i = 0; i < 5; i++) {
            check(send(HttpRequest.newBuilder(URI.create(url))), 200);
        }
        long[] latencies = new long[requests];
        long bytes = 0;
        for (int i = 0; i < requests; i++) {
            long sent = System.nanoTime();
            bytes = check(send(HttpRequest.newBuilder(URI.create(url))), 200).body().length();
            latencies[i] = System.nanoTime() - sent;
        }
        Arrays.sort(latencies);
        System.out.printf("%-58s median %6.1f ms, p95 %6.1f ms, max %6.1f ms over %d (%d chars)%n", label,
                ms(latencies, 0.50), ms(latencies, 0.95), latencies[requests - 1] / 1e6, requests, bytes);
    }

    static void submissions(String base, String token, String run, int clients, int complaints) throws Exception {
        String unit = "BENCH-LAPOR-" + run;
        unit(base, token, unit, "Unit Uji Beban Lapor " + run, null);
        String url = base + "/api/v1/complaints";
        submit(url, unit, clients, 2 * clients);
        long[] result = new long[complaints];
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        double seconds = submit(url, unit, clients, complaints, result, statuses);
        Arrays.sort(result);
        System.out.printf("unit %s, %d clients, %d reports (after a warm-up of %d)%n", unit, clients, complaints,
                2 * clients);
        System.out.printf("wall %.1f s = %.0f reports/s; status %s%n", seconds, complaints / seconds, statuses);
        System.out.printf("latency ms: median %.1f, p95 %.1f, p99 %.1f, max %.1f%n", ms(result, 0.50),
                ms(result, 0.95), ms(result, 0.99), result[result.length - 1] / 1e6);
    }

    private static void submit(String url, String unit, int clients, int complaints) throws InterruptedException {
        submit(url, unit, clients, complaints, new long[complaints], new ConcurrentHashMap<>());
    }

    private static double submit(String url, String unit, int clients, int complaints, long[] latencies,
            Map<Integer, LongAdder> statuses) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < complaints; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body(unit, i))).build(),
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
        return (System.nanoTime() - started) / 1e9;
    }

    private static final String[] PRIVACY = {"PUBLIC", "ANONYMOUS", "CONFIDENTIAL"};

    private static String body(String unit, int i) {
        return """
                {"kind":"COMPLAINT","privacy":"%s","title":"Pengaduan uji beban %d",
                 "body":"Antrian di loket pelayanan nomor %d memakan waktu lama sekali.","workUnitCode":"%s",
                 "reporter":{"name":"Warga Uji %d","email":"warga%d@example.id"}}"""
                .formatted(PRIVACY[i % 3], i, i % 97, unit, i, i);
    }

    private static void unit(String base, String token, String code, String name, String parent) throws Exception {
        check(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/work-units"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"%s\",\"name\":\"%s\"%s}".formatted(code, name,
                        parent == null ? "" : ",\"parentCode\":\"" + parent + "\"")))), 201);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
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
