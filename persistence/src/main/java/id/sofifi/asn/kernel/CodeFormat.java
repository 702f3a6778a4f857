package id.sofifi.asn.kernel;

/**
 * The shape every code of the system shares (period, work unit, formation): upper-case letters,
 * digits, dots and dashes, starting with a letter or digit, between a minimum and maximum length.
 * Checked character by character: an import checks one code per row, and compiling the equivalent
 * regular expression for each call cost more than the rest of the row's checks (issue 14).
 */
public record CodeFormat(int minLength, int maxLength) {

    public boolean matches(String code) {
        if (code == null || code.length() < minLength || code.length() > maxLength || code.isEmpty()
                || !letterOrDigit(code.charAt(0))) {
            return false;
        }
        for (int i = 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!letterOrDigit(c) && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
