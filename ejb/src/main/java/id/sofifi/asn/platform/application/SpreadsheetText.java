package id.sofifi.asn.platform.application;

import java.math.BigDecimal;

/**
 * Text for a cell of a downloaded list (CSV or XLSX) that a spreadsheet program shows as text and never runs as a
 * formula. Names, titles and free text come from applicants, citizens and imports: a cell such as
 * {@code =HYPERLINK("http://…","klik")} would otherwise become a live link or command in the staff member's Excel
 * (CSV/formula injection). Such a cell starts with an apostrophe, the spreadsheets' own sign for "this is text";
 * numbers stay numbers.
 */
public final class SpreadsheetText {
    /** What a spreadsheet reads as the start of a formula: =, +, -, @, and the tab and carriage return before them. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The text itself, or with a leading apostrophe when a spreadsheet would read it as a formula. */
    public static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * One CSV field: empty for {@code null}, a number as written, text neutralised and quoted when it holds a comma,
     * quote or line break.
     */
    public static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        String text = neutralised(value.toString());
        return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
