package id.sofifi.asn.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AcceptLanguageGuardTest {

    @Test
    @DisplayName("Language ranges as browsers send them are read (RFC 9110 §12.5.4)")
    void browsers() {
        for (String header : new String[]{"id", "*", "id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7", "en-GB, en;q=0.5",
                "zh-Hant-TW;q=1.000, *;q=0", "de-CH;Q=0.2,"}) {
            assertTrue(AcceptLanguageGuard.readable(header), header);
        }
    }

    @Test
    @DisplayName("Garbage is hidden: empty ranges, weights that are not 0 to 1, stray characters, a header too long")
    void garbage() {
        for (String header : new String[]{"xx-;;q=abc,*", "", ";", "en;q=2", "en;q=0.12345", "en;q=abc", "en\u0000",
                "<script>", "en-", "a".repeat(9), "en," + "id,".repeat(400)}) {
            assertFalse(AcceptLanguageGuard.readable(header), header);
        }
    }
}
