package id.sofifi.asn.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CopyTextTest {
    @Test
    @DisplayName("Fields by tab, rows by newline, null as \\N")
    void rows() {
        assertEquals("2\tA-1\tPRESENT\t120\n3\tB-2\tABSENT\t\\N\n",
                new CopyText().row(2L, "A-1", "PRESENT", 120).row(3L, "B-2", "ABSENT", null).toString());
    }

    @Test
    @DisplayName("A backslash, tab, newline or carriage return inside a value cannot end a field or a row")
    void escapes() {
        assertEquals("a\\\\b\\tc\\nd\\re\t\\\\N\n", new CopyText().row("a\\b\tc\nd\re", "\\N").toString());
    }

    @Test
    @DisplayName("Nothing written is an empty text")
    void empty() {
        assertEquals("", new CopyText().toString());
    }
}
