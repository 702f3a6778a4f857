package id.sofifi.asn.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StorableTextTest {
    @Test
    @DisplayName("Ordinary Indonesian text, emoji (surrogate pairs) and line breaks in free text are storable")
    void ordinaryText() {
        assertEquals(-1, StorableText.firstForbidden("Dinas Kesehatan — antrean lama 😀", false));
        assertEquals(-1, StorableText.firstForbidden("baris satu\r\nbaris\tdua", true));
    }

    @Test
    @DisplayName("NUL, other control characters, DEL and C1 controls are refused at their position")
    void controlCharacters() {
        assertEquals(3, StorableText.firstForbidden("abc\u0000", true));
        assertEquals(0, StorableText.firstForbidden("\u001Bx", true));
        assertEquals(1, StorableText.firstForbidden("a\u007F", true));
        assertEquals(1, StorableText.firstForbidden("a\u0085", true));
    }

    @Test
    @DisplayName("A tab or line break is refused where the text is one line (codes, query and path parameters)")
    void lineBreaksInOneLine() {
        assertEquals(4, StorableText.firstForbidden("CPNS\n2026", false));
        assertEquals(1, StorableText.firstForbidden("a\tb", false));
    }

    @Test
    @DisplayName("A lone surrogate half and the non-characters U+FFFE/U+FFFF are refused")
    void surrogatesAndNonCharacters() {
        assertEquals(1, StorableText.firstForbidden("a\uD800b", true));
        assertEquals(0, StorableText.firstForbidden("\uDC00", true));
        assertEquals(2, StorableText.firstForbidden("ab\uD83D", true));
        assertEquals(0, StorableText.firstForbidden("\uFFFF", true));
    }
}
