package id.sofifi.asn.selection.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.selection.application.AnnouncementEntryView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EntryPageShellTest {
    private static final AnnouncementEntryView M = EntryPageShell.MARKED;

    /** What Faces renders for the marked entry, in the shape of announcement-entry.xhtml. */
    private static final String RENDERED = "<h1>Hasil SKD · #7</h1><img src=\"/qr.png?id=7&amp;no="
            + M.registrationNumber() + "\"/><dd>" + M.registrationNumber() + "</dd><dd>" + M.name() + "</dd><dd>"
            + M.formationCode() + "</dd><dd class=\"result-" + M.code() + "\">" + M.code() + "</dd><dd>" + M.seq()
            + "</dd><dd>" + M.entryHash() + "</dd><dd>" + M.previousHash() + "</dd></main>";

    @Test
    @DisplayName("Issue 14: every fact of the entry lands where Faces put the marker, the markup around it unchanged")
    void fillsEveryFact() {
        AnnouncementEntryView entry = new AnnouncementEntryView(7, 42, "CPNS-2025-0000042", "Siti Abdullah", "F-01",
                "P/L", "ab", "cd");
        assertEquals("<h1>Hasil SKD · #7</h1><img src=\"/qr.png?id=7&amp;no=CPNS-2025-0000042\"/>"
                + "<dd>CPNS-2025-0000042</dd><dd>Siti Abdullah</dd><dd>F-01</dd><dd class=\"result-P/L\">P/L</dd>"
                + "<dd>42</dd><dd>cd</dd><dd>ab</dd></main>", EntryPageShell.of(RENDERED).fill(entry));
    }

    @Test
    @DisplayName("Issue 13/14: markup in a name is shown as text; quotes are escaped in attributes only, as Faces does")
    void escapesFacts() {
        AnnouncementEntryView entry = new AnnouncementEntryView(7, 1, "N\"1", "<script>alert('x')</script> & \"co\"",
                "F", "P/L", "a", "b");
        String page = EntryPageShell.of(RENDERED).fill(entry);
        assertTrue(page.contains("<dd>&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"co\"</dd>"), page);
        assertTrue(page.contains("no=N&quot;1\""), page);
    }

    @Test
    @DisplayName("A page rendered without the marked entry (a 404 page) is no shell")
    void refusesPageWithoutEntry() {
        assertThrows(IllegalStateException.class, () -> EntryPageShell.of("<p id=\"unknown\">tidak ada</p>"));
    }
}
