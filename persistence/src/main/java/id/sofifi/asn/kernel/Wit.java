package id.sofifi.asn.kernel;

import java.time.ZoneId;

/** Waktu Indonesia Timur: the zone of Sofifi, used for every date a person reads or types. */
public final class Wit {
    public static final ZoneId ZONE = ZoneId.of("Asia/Jayapura");

    private Wit() {
    }
}
