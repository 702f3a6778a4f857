package id.sofifi.asn.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Flyway reads its migrations from db/migration/migrations.txt inside WildFly; the list must match the files. */
class MigrationIndexTest {
    private static final Path DIRECTORY = Path.of("src/main/resources/db/migration");

    @Test
    @DisplayName("migrations.txt lists exactly the SQL migrations of the directory, in version order")
    void indexMatchesDirectory() throws IOException {
        List<String> listed = Files.readAllLines(DIRECTORY.resolve("migrations.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            List<String> present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .sorted(Comparator.comparingInt(MigrationIndexTest::version)).toList();
            assertEquals(present, listed);
        }
    }

    /** The number after {@code V}: V12 comes after V9, which a sort by name would not give. */
    private static int version(String fileName) {
        return Integer.parseInt(fileName.substring(1, fileName.indexOf("__")));
    }
}
