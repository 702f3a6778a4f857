package id.sofifi.asn.platform.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A file field of a multipart form as a screen reads it. */
public final class UploadedParts {
    private UploadedParts() {
    }

    /** Whether the person chose a file in the field. */
    public static boolean chosen(Part part) {
        return part != null && part.getSubmittedFileName() != null && !part.getSubmittedFileName().isBlank();
    }

    /**
     * The file's bytes, at most one past {@code maxBytes}: enough for the use case to refuse an oversized file
     * without holding it all.
     */
    public static byte[] read(Part part, long maxBytes) {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
