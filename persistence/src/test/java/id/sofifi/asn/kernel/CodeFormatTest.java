package id.sofifi.asn.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CodeFormatTest {
    private static final CodeFormat FORMAT = new CodeFormat(3, 6);

    @Test
    @DisplayName("A code: upper-case letter or digit first, then letters, digits, dots, dashes; length in bounds")
    void shape() {
        assertTrue(FORMAT.matches("A1-.B"));
        assertTrue(FORMAT.matches("9AB"));
        assertTrue(FORMAT.matches("ABCDEF"));
        assertFalse(FORMAT.matches(null));
        assertFalse(FORMAT.matches(""));
        assertFalse(FORMAT.matches("AB"), "too short");
        assertFalse(FORMAT.matches("ABCDEFG"), "too long");
        assertFalse(FORMAT.matches("-AB"), "a dash first");
        assertFalse(FORMAT.matches(".AB"), "a dot first");
        assertFalse(FORMAT.matches("abc"), "lower case");
        assertFalse(FORMAT.matches("AB C"), "a space");
        assertFalse(FORMAT.matches("AB_C"), "an underscore");
        assertFalse(FORMAT.matches("ABÇ"), "a letter outside A-Z");
    }

    @Test
    @DisplayName("Agrees with the regular expression it replaces on every short string over a mixed alphabet")
    void sameAsTheRegularExpression() {
        Pattern regex = Pattern.compile("[A-Z0-9][A-Z0-9.-]{2,5}");
        char[] alphabet = {'A', 'z', '7', '.', '-', ' ', '_'};
        StringBuilder text = new StringBuilder();
        for (int length = 0; length <= 7; length++) {
            int combinations = (int) Math.pow(alphabet.length, Math.min(length, 4));
            for (int n = 0; n < combinations; n++) {
                text.setLength(0);
                for (int i = 0, rest = n; i < length; i++, rest /= alphabet.length) {
                    text.append(alphabet[rest % alphabet.length]);
                }
                String code = text.toString();
                assertTrue(regex.matcher(code).matches() == FORMAT.matches(code), code);
            }
        }
    }
}
