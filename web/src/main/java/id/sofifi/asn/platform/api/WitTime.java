package id.sofifi.asn.platform.api;

import id.sofifi.asn.kernel.Wit;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** How the API writes instants: ISO-8601 with the WIT offset, e.g. {@code 2026-03-01T08:00:00+09:00}. */
public final class WitTime {
    private WitTime() {
    }

    public static String iso(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(Wit.ZONE));
    }
}
