package id.sofifi.asn.kernel;

import java.util.regex.Pattern;

/**
 * The shape every code of the system shares (period, work unit, formation): upper-case letters,
 * digits, dots and dashes, starting with a letter or digit, between a minimum and maximum length.
 */
public record CodeFormat(int minLength, int maxLength) {

    public boolean matches(String code) {
        return code != null
                && Pattern.matches("[A-Z0-9][A-Z0-9.-]{" + (minLength - 1) + "," + (maxLength - 1) + "}", code);
    }
}
