package id.sofifi.asn.platform.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Files kept in a sub-directory of {@link FilesDirectory} under their SHA-256, so a file is written once and can be
 * checked against its name; written to a temporary file first and moved into place, so a reader never sees half.
 */
public final class HashedFiles {
    private final Path root;

    /** The store in the named sub-directory ({@code documents}, {@code reports}). */
    public HashedFiles(String directory) {
        root = FilesDirectory.of(directory);
    }

    /** The hex SHA-256 of the bytes: the name they are kept under. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
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
            throw new UncheckedIOException("cannot store file " + sha256, e);
        }
    }

    public boolean contains(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    public byte[] get(String sha256) {
        try {
            return Files.readAllBytes(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file " + sha256, e);
        }
    }

    /** Removes the file kept under the hash, if any. */
    public void delete(String sha256) {
        try {
            Files.deleteIfExists(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete file " + sha256, e);
        }
    }

    private Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
