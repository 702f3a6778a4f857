package id.sofifi.asn.platform.persistence;

import java.util.Locale;

/** Case-insensitive "contains" search in JPQL: the typed text, lower-cased, with LIKE wildcards escaped. */
public final class LikePattern {
    private LikePattern() {
    }

    /** {@code %text%} for {@code LOWER(column) LIKE :p}; blank text matches everything. */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_",
                "\\_");
        return "%" + escaped + "%";
    }
}
