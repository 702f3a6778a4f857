package id.sofifi.asn.platform.application;

/**
 * One line of the staff home page: a message key the screen translates, a count (or a figure) and the staff screen
 * where the work is done, relative to the application's root; {@code link} may be null for a figure.
 */
public record HomeItem(String key, long count, String link) {
    public static HomeItem figure(String key, long value) {
        return new HomeItem(key, value, null);
    }
}
