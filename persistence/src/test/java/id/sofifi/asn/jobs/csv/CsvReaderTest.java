package id.sofifi.asn.jobs.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    private static final List<String> COLUMNS = List.of("nip", "name");

    private static CsvReader reader(byte[] bytes) {
        return new CsvReader(new ByteArrayInputStream(bytes), COLUMNS);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static UnreadableLine refusal(byte[] bytes) {
        return assertThrows(UnreadableLine.class, () -> {
            try (CsvReader csv = reader(bytes)) {
                csv.readToEnd();
            }
        });
    }

    @Test
    @DisplayName("CSV bodies: \\n, \\r\\n and a quoted cell spanning lines keep their line numbers")
    void lineNumbers() {
        try (CsvReader csv = reader(utf8("nip,name\r\n1,\"Rizal\nTomagola\"\n\n2,Anita\r\n"))) {
            CsvReader.Row first = csv.next().orElseThrow();
            assertEquals(2, first.line());
            assertEquals("Rizal\nTomagola", first.get("name"));
            assertEquals(5, csv.next().orElseThrow().line());
            assertEquals(true, csv.next().isEmpty());
        }
    }

    @Test
    @DisplayName("Hostile input: a NUL in a cell refuses the file, naming the line and the column")
    void nul() {
        UnreadableLine refused = refusal(utf8("nip,name\n1,Rizal\n2,Ani\u0000ta\n"));
        assertEquals(3, refused.line());
        assertEquals("name", refused.violations().get(0).field());
        assertEquals("csv.controlCharacter", refused.violations().get(0).messageKey());
    }

    @Test
    @DisplayName("Hostile input: bytes that are not UTF-8 (an overlong '/', a lone surrogate) name their line")
    void undecodable() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(utf8("nip,name\n1,Rizal\n2,Anita\n3,"));
        file.writeBytes(new byte[]{(byte) 0xC0, (byte) 0xAF});
        file.writeBytes(utf8("\n4,"));
        file.writeBytes(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        UnreadableLine refused = refusal(file.toByteArray());
        assertEquals(4, refused.line());
        assertEquals("csv.encoding", refused.violations().get(0).messageKey());
    }

    @Test
    @DisplayName("Hostile input: a binary file is refused at its header, line 1")
    void binary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        UnreadableLine refused = assertThrows(UnreadableLine.class, () -> reader(png));
        assertEquals(1, refused.line());
        assertEquals("header", refused.violations().get(0).field());
    }

    @Test
    @DisplayName("Hostile input: a line longer than any record is refused without being held whole")
    void longLine() {
        String huge = "x".repeat(CsvReader.MAX_RECORD_CHARS + 1);
        UnreadableLine refused = refusal(utf8("nip,name\n1," + huge + "\n"));
        assertEquals(2, refused.line());
        assertEquals("csv.recordTooLong", refused.violations().get(0).messageKey());
    }

    @Test
    @DisplayName("CSV bodies: a record of exactly the longest length is read whole")
    void longestRecord() {
        String cell = "x".repeat(CsvReader.MAX_RECORD_CHARS - 2);
        try (CsvReader csv = reader(utf8("nip,name\n1," + cell + "\n2,Anita\n"))) {
            assertEquals(cell, csv.next().orElseThrow().get("name"));
            assertEquals("Anita", csv.next().orElseThrow().get("name"));
        }
    }

    @Test
    @DisplayName("CSV bodies: a file arriving a few bytes at a time (\r\n split between reads) keeps lines and cells")
    void arrivingInPieces() {
        StringBuilder file = new StringBuilder("nip,name\n");
        String[] ends = {"\r\n", "\n", "\r"};
        for (int i = 0; i < 20_000; i++) {
            file.append(i).append(i % 1000 == 0 ? ",\"Nama\r\n" + i + "\"" : ",Nama " + i).append(ends[i % 3]);
        }
        InputStream trickle = new ByteArrayInputStream(utf8(file.toString())) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }

            @Override
            public synchronized int available() {
                return 0;
            }
        };
        try (CsvReader csv = new CsvReader(trickle, COLUMNS)) {
            long line = 2;
            for (int i = 0; i < 20_000; i++) {
                CsvReader.Row row = csv.next().orElseThrow();
                assertEquals(line, row.line());
                // a line end inside quotes is kept as \n, whichever end the file used
                assertEquals(i % 1000 == 0 ? "Nama\n" + i : "Nama " + i, row.get("name"));
                line += i % 1000 == 0 ? 2 : 1;
            }
            assertEquals(true, csv.next().isEmpty());
        }
    }
}
