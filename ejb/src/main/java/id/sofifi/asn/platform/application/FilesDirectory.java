package id.sofifi.asn.platform.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the application keeps files: {@code ASN_FILES_DIR} (or the system property
 * {@code asn.files.dir}), by default {@code asn-files} in the server's data directory — outside the
 * deployment, and shared by every node of a cluster.
 */
public final class FilesDirectory {
    private FilesDirectory() {
    }

    /** The named sub-directory, created if missing. */
    public static Path of(String name) {
        String configured = System.getProperty("asn.files.dir", System.getenv("ASN_FILES_DIR"));
        Path root = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                        "asn-files");
        Path directory = root.resolve(name);
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }
}
