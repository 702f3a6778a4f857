package id.sofifi.asn.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sofifi.asn.kernel.ValidationFailure;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Paging as API-CONTRACT.md defines it: page from 0, size 1 to 500, sorting only by known columns. */
class PageRequestTest {

    @Test
    @DisplayName("Size above 500 or a negative page is refused")
    void bounds() {
        assertThrows(ValidationFailure.class, () -> PageRequest.of(0, 501));
        assertThrows(ValidationFailure.class, () -> PageRequest.of(-1, 50));
        assertEquals(100, PageRequest.of(2, 50).offset());
    }

    @Test
    @DisplayName("Unknown or missing sort fields fall back to the default column")
    void orderBy() {
        Map<String, String> columns = Map.of("code", "f.code");
        assertEquals("f.code DESC", new PageRequest(0, 10, "code", false).orderBy(columns, "f.id"));
        assertEquals("f.id ASC", new PageRequest(0, 10, "code; DROP TABLE x", true).orderBy(columns, "f.id"));
        assertEquals("f.id ASC", PageRequest.of(0, 10).orderBy(columns, "f.id"));
    }
}
