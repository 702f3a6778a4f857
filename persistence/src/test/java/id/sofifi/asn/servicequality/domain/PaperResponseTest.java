package id.sofifi.asn.servicequality.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.kernel.Violations;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A row of the survey import (API-CONTRACT survey-imports): an empty uN is a blank, anything but 1–4 refused. */
class PaperResponseTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static CsvReader.Row row(String line) {
        CsvReader csv = new CsvReader(new ByteArrayInputStream(
                (String.join(",", PaperResponse.COLUMNS) + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8)),
                PaperResponse.COLUMNS);
        return csv.next().orElseThrow();
    }

    private static List<String> refused(String line) {
        Violations v = new Violations();
        assertTrue(PaperResponse.parse(row(line), TODAY, v).isEmpty());
        return v.found().stream().map(Violation::field).toList();
    }

    @Test
    @DisplayName("A paper form with blanks and facts is read in element order")
    void reads() {
        PaperResponse form = PaperResponse
                .parse(row("2026-11-02,4,3,,4,3,3,4,,4,F,AGE_30_39,S1,"), TODAY, new Violations()).orElseThrow();
        assertEquals(Arrays.asList(4, 3, null, 4, 3, 3, 4, null, 4), form.answers().list());
        assertEquals("AGE_30_39", form.respondent().ageBand().name());
        assertEquals(null, form.respondent().occupation());
        assertEquals(2, form.line());
    }

    @Test
    @DisplayName("Refused by column: u4 of 5, u2 of 0, a date in the future, an unknown sex, no answer at all")
    void refuses() {
        assertEquals(List.of("u4"), refused("2026-11-02,4,3,3,5,3,3,4,3,4,,,,"));
        assertEquals(List.of("u2", "u9"), refused("2026-11-02,4,0,3,4,3,3,4,3,x,,,,"));
        assertEquals(List.of("served_on"), refused("2026-11-21,4,3,3,4,3,3,4,3,4,,,,"));
        assertEquals(List.of("sex"), refused("2026-11-02,4,3,3,4,3,3,4,3,4,L,,,"));
        assertEquals(List.of("row"), refused("2026-11-02,,,,,,,,,,F,,,"));
        assertEquals(List.of("served_on"), refused("2025-11-18,4,3,3,4,3,3,4,3,4,,,,"), "367 days ago");
    }
}
