package id.sofifi.asn.platform.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows in PostgreSQL's COPY text format, for streaming a chunk of validated import rows or ranking results
 * into a staging table: fields separated by a tab, rows ended by a newline, a null written {@code \N}, and a backslash,
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

    /**
     * Streams the rows into a table with COPY, the fastest way PostgreSQL takes rows in; the connection is the
     * server's wrapper around the driver's, which hands out the driver's own for its COPY API.
     *
     * @param target the table with the columns the rows hold, e.g. {@code staging (line, number)}
     * @return the number of rows copied
     */
    public long copyInto(Connection c, String target) throws SQLException {
        try {
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN",
                    new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + target + " failed", e);
        }
    }
}
