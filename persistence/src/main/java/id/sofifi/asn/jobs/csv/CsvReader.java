package id.sofifi.asn.jobs.csv;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.persistence.StorableText;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one CSV reader of every import (API-CONTRACT "CSV bodies"): UTF-8 with or without a BOM, comma
 * separated, RFC 4180 quotes, {@code \n} or {@code \r\n} line ends, a header naming the columns. The
 * header is checked before any row is read, so a wrong file is refused whole with the reason. A record that
 * is not text (bytes that are not UTF-8, control characters, a line longer than any real record) is refused
 * with its line number as an {@link UnreadableLine}: such a file is binary or damaged, not a file with a bad row.
 */
public final class CsvReader implements Closeable {
    /**
     * The longest record read, in characters: the widest real record (a forwarded complaint with its
     * description) is a few thousand; without a bound one line of a 256 MiB upload would be held whole.
     */
    static final int MAX_RECORD_CHARS = 1 << 16;
    private static final char BOM = '\uFEFF';
    /** What the decoder puts where the bytes are not UTF-8; text typed by a person never holds it. */
    private static final char UNDECODABLE = '\uFFFD';
    private final Reader in;
    /**
     * Decoded text not yet read, {@code buffer[next..end)}. Read here rather than through a BufferedReader: its
     * per-character {@code read()} takes a lock, the largest cost of a million-row import's reading thread.
     */
    private final char[] buffer = new char[1 << 16];
    private int next;
    private int end;
    private final Map<String, Integer> columns = new HashMap<>();
    private List<String> names = List.of();
    private long line;

    /** Opens the stream and checks its header against the expected columns (any order, each exactly once). */
    public CsvReader(InputStream stream, List<String> expected) {
        this.in = new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        String header = nextRecordText()
                .orElseThrow(() -> new ValidationFailure(List.of(new Violation("header", "csv.empty", List.of()))));
        if (!header.isEmpty() && header.charAt(0) == BOM) {
            header = header.substring(1);
        }
        checkText(1, "header", header);
        names = split(header).stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        checkHeader(header, names, expected);
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i), i);
        }
    }

    /** Reads every record to its end: a file whose every line is text, each no longer than a record may be. */
    public void readToEnd() {
        while (next().isPresent()) {
            // each record was checked as it was read
        }
    }

    private static void checkText(long line, String field, String text) {
        if (text.indexOf(UNDECODABLE) >= 0) {
            throw new UnreadableLine(line, field, "csv.encoding");
        }
        if (StorableText.firstForbidden(text, true) >= 0) {
            throw new UnreadableLine(line, field, "csv.controlCharacter");
        }
    }

    private static void checkHeader(String header, List<String> names, List<String> expected) {
        Violations violations = new Violations();
        if (names.size() == 1 && (header.contains(";") || header.contains("\t") || header.contains("|"))) {
            violations.check(false, "header", "csv.delimiter");
            violations.throwIfAny();
        }
        Set<String> missing = new LinkedHashSet<>(expected);
        names.forEach(missing::remove);
        Set<String> unknown = new LinkedHashSet<>(names);
        expected.forEach(unknown::remove);
        violations.check(missing.isEmpty(), "header", "csv.missingColumns", String.join(", ", missing));
        violations.check(unknown.isEmpty(), "header.unknown", "csv.unknownColumns", String.join(", ", unknown));
        violations.check(new LinkedHashSet<>(names).size() == names.size(), "header.duplicate", "csv.duplicateColumns");
        violations.throwIfAny();
    }

    /** The next non-blank record, or empty at the end; its line number is the line it starts on (header = 1). */
    public Optional<Row> next() {
        while (true) {
            Optional<String> text = nextRecordText();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            long startLine = line - text.get().chars().filter(c -> c == '\n').count();
            if (!text.get().isBlank()) {
                List<String> values = split(text.get());
                for (int i = 0; i < values.size(); i++) {
                    checkText(startLine, i < names.size() ? names.get(i) : "row", values.get(i));
                }
                return Optional.of(new Row(startLine, values, columns));
            }
        }
    }

    /** Skips records up to and including {@code lastLine}, for a restart from a checkpoint. */
    public void skipTo(long lastLine) {
        while (line < lastLine && nextRecordText().isPresent()) {
            // only the position matters
        }
    }

    public long line() {
        return line;
    }

    /** Reads one record, joining physical lines while a quoted field is open. */
    private Optional<String> nextRecordText() {
        try {
            long start = line + 1;
            StringBuilder record = new StringBuilder();
            if (!appendLine(record, start)) {
                return Optional.empty();
            }
            line++;
            while (quotesOpen(record)) {
                int length = record.length();
                record.append('\n');
                if (!appendLine(record, start)) {
                    record.setLength(length);
                    break;
                }
                line++;
            }
            return Optional.of(record.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends one physical line without its end ({@code \n}, {@code \r\n} or a lone {@code \r}), as
     * {@link java.io.BufferedReader#readLine()} would, but refuses a record that grows past {@link #MAX_RECORD_CHARS}.
     * Answers false at the end of the input.
     */
    private boolean appendLine(StringBuilder record, long recordLine) throws IOException {
        if (!filled()) {
            return false;
        }
        do {
            int from = next;
            while (next < end && buffer[next] != '\n' && buffer[next] != '\r') {
                next++;
            }
            if (record.length() + next - from > MAX_RECORD_CHARS) {
                throw new UnreadableLine(recordLine, "row", "csv.recordTooLong", MAX_RECORD_CHARS);
            }
            record.append(buffer, from, next - from);
            if (next < end) {
                if (buffer[next++] == '\r' && filled() && buffer[next] == '\n') {
                    next++;
                }
                return true;
            }
        } while (filled());
        return true;
    }

    /** Whether text is left to read, decoding the next part of the stream when the buffer is used up. */
    private boolean filled() throws IOException {
        if (next < end) {
            return true;
        }
        next = 0;
        end = Math.max(in.read(buffer), 0);
        return end > 0;
    }

    private static boolean quotesOpen(CharSequence text) {
        int quotes = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    static List<String> split(String record) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record: its starting line and its values by column name (blank values read as null). */
    public record Row(long line, List<String> values, Map<String, Integer> columns) {
        public String get(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= values.size()) {
                return null;
            }
            String value = values.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        /** Whether the record has as many fields as the header; one that has not is recorded in {@code violations}. */
        public boolean complete(Violations violations) {
            boolean complete = values.size() == columns.size();
            violations.check(complete, "row", "csv.fieldCount", values.size(), columns.size());
            return complete;
        }
    }
}
