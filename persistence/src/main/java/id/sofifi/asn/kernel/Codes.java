package id.sofifi.asn.kernel;

import java.util.Locale;

/** Codes (of periods, work units, formations) are stored upper-case; whatever is typed is read the same way. */
public final class Codes {
    private Codes() {
    }

    /** The code as stored: trimmed and upper-cased; null stays null. */
    public static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
