package id.sofifi.asn.benchmark;

import java.time.Duration;

/**
 * What a soak run is told through the environment, with the defaults the figures are measured with:
 * ASN_BASE_URL (http://localhost:8080), ASN_ADMIN_TOKEN and ASN_SUPERVISOR_TOKEN (the demo tokens), ENTRIES (3000
 * applicants in the announcement), CLIENTS (64 closed-loop clients finding the maximum), WARMUP_SECONDS (10),
 * MAX_SECONDS (30), SOAK_MINUTES (10), WORKERS (256: requests of the open loop in flight at most) and
 * ASN_SERVER_PID (the WildFly JVM whose heap is read; found when absent).
 */
record Settings(String base, String adminToken, String supervisorToken, int entries, int clients, Duration warmup,
        Duration maxPhase, int soakMinutes, int workers, Long serverPid) {

    static Settings fromEnvironment() {
        String pid = System.getenv("ASN_SERVER_PID");
        return new Settings(text("ASN_BASE_URL", "http://localhost:8080").replaceAll("/+$", ""),
                text("ASN_ADMIN_TOKEN", "demo-admin-token-asn-sofifi"),
                text("ASN_SUPERVISOR_TOKEN", "demo-supervisor-token-asn-sofifi"), number("ENTRIES", 3000),
                number("CLIENTS", 64), Duration.ofSeconds(number("WARMUP_SECONDS", 10)),
                Duration.ofSeconds(number("MAX_SECONDS", 30)), number("SOAK_MINUTES", 10), number("WORKERS", 256),
                pid == null || pid.isBlank() ? null : Long.valueOf(pid.strip()));
    }

    static String text(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    static int number(String name, int fallback) {
        int value = Integer.parseInt(text(name, String.valueOf(fallback)));
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
        return value;
    }
}
