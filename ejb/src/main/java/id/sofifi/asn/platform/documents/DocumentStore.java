package id.sofifi.asn.platform.documents;

import id.sofifi.asn.platform.application.FilesDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Uploaded documents (applicants' documents, SKP evidence) on disk in {@link FilesDirectory} {@code documents/},
 * named by their SHA-256 so a file is written once and can be checked against its name.
 */
@ApplicationScoped
public class DocumentStore {
    private Path root;

    @PostConstruct
    void open() {
        root = FilesDirectory.of("documents");
    }

    /** Writes the bytes under their hash; a file already there (same hash) is left as it is. */
    public void put(String sha256, byte[] content) {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store document " + sha256, e);
        }
    }

    public boolean contains(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    public byte[] get(String sha256) {
        try {
            return Files.readAllBytes(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + sha256, e);
        }
    }

    private Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
