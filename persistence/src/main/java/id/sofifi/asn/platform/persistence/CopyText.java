package id.sofifi.asn.platform.persistence;

/**
 * Rows in PostgreSQL's COPY text format, for streaming a chunk of validated import rows into a staging
 * table: fields separated by a tab, rows ended by a newline, a null written {@code \N}, and a backslash,
 * tab, newline or carriage return inside a value escaped, so no value can end a field or row early.
 */
public final class CopyText {
    private final StringBuilder text = new StringBuilder();

    /** Appends one row; a field is written as its {@code String.valueOf}, null as {@code \N}. */
    public CopyText row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            if (fields[i] == null) {
                text.append("\\N");
            } else {
                escape(String.valueOf(fields[i]));
            }
        }
        text.append('\n');
        return this;
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    /** The rows written so far, as COPY ... FROM STDIN reads them. */
    @Override
    public String toString() {
        return text.toString();
    }
}
