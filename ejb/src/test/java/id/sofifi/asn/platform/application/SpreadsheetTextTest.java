package id.sofifi.asn.platform.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Downloaded lists never hand a spreadsheet a formula (CSV/formula injection). */
class SpreadsheetTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"klik\")", "+62 812", "-1+1", "@SUM(A1:A9)", "\t=1+1",
            "\r=1+1"})
    @DisplayName("A text a spreadsheet would run as a formula starts with an apostrophe")
    void neutralisesFormulaStarts(String text) {
        assertEquals("'" + text, SpreadsheetText.neutralised(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Siti Nur", "<script>alert(1)</script>", "199804072027032001", "a=b", "", "'quoted"})
    @DisplayName("Any other text stays as it is")
    void leavesOtherText(String text) {
        assertEquals(text, SpreadsheetText.neutralised(text));
    }

    @Test
    @DisplayName("A CSV field is neutralised before it is quoted")
    void csvFields() {
        assertEquals("'=1+2", SpreadsheetText.csvField("=1+2"));
        assertEquals("\"Tomagola, Rizal\"", SpreadsheetText.csvField("Tomagola, Rizal"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", SpreadsheetText.csvField("=HYPERLINK(\"x\")"));
        assertEquals("Ani", SpreadsheetText.csvField("Ani"));
    }

    @Test
    @DisplayName("Numbers stay numbers, negative ones too; null is an empty field")
    void numbers() {
        assertEquals("-16.50", SpreadsheetText.csvField(new BigDecimal("-16.50")));
        assertEquals("-3", SpreadsheetText.csvField(-3));
        assertEquals("", SpreadsheetText.csvField(null));
    }
}
