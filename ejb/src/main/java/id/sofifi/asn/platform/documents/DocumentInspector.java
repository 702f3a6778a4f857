package id.sofifi.asn.platform.documents;

import id.sofifi.asn.kernel.Violations;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Decides whether an upload (an applicant's document, an official's SKP evidence) may be stored, and strips what a picture carries besides its pixels. */
public final class DocumentInspector {
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    // a few hundred bytes of compressed data can claim a picture that fills the heap once decoded
    private static final long MAX_PIXELS = 40_000_000L;
    private static final float JPEG_QUALITY = 0.9f;

    private final long maxBytes;

    public DocumentInspector(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * The document to store for {@code content} uploaded as {@code field}.
     *
     * @throws id.sofifi.asn.kernel.ValidationFailure with one Violation for {@code field}
     */
    public InspectedDocument inspect(String field, byte[] content) {
        refuseUnless(content != null && content.length > 0, field, "upload.empty");
        refuseUnless(content.length <= maxBytes, field, "upload.tooLarge", UploadLimit.megabytes(maxBytes));
        Optional<DocumentType> recognised = recognise(content);
        refuseUnless(recognised.isPresent(), field, "upload.type");
        DocumentType type = recognised.get();
        byte[] stored = type.image() ? reencode(field, type, content) : content.clone();
        return new InspectedDocument(type, stored, sha256(stored));
    }

    public long maxBytes() {
        return maxBytes;
    }

    // the name and the declared type come from the client, so only the first bytes are believed
    private static Optional<DocumentType> recognise(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(DocumentType.PDF);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(DocumentType.JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(DocumentType.PNG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    // writing only the pixels leaves EXIF (GPS position, camera serial), comments and text chunks behind
    private static byte[] reencode(String field, DocumentType type, byte[] content) {
        BufferedImage decoded = decode(content, type);
        refuseUnless(decoded != null, field, "upload.damaged");
        BufferedImage image = type == DocumentType.JPEG
                ? ExifOrientation.upright(decoded, ExifOrientation.of(content))
                : decoded;
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            if (type == DocumentType.JPEG) {
                writeJpeg(image, stream);
            } else {
                ImageIO.write(image, "png", stream);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("re-encoding a decoded " + type + " failed", e);
        }
        return out.toByteArray();
    }

    /** The picture, or null when it is damaged or too large to decode safely. */
    private static BufferedImage decode(byte[] content, DocumentType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.extension());
        ImageReader reader = readers.next();
        // memory cache: ImageIO's default may spill uploads into temporary files
        try (ImageInputStream stream = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(stream, true, true);
            if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                return null;
            }
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            // the JDK decoders answer malformed input with index, argument and state exceptions as well
            return null;
        } finally {
            reader.dispose();
        }
    }

    private static void writeJpeg(BufferedImage image, ImageOutputStream stream) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(withoutAlpha(image), null, null), param);
        } finally {
            writer.dispose();
        }
    }

    // the JDK's JPEG writer refuses an alpha channel
    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void refuseUnless(boolean valid, String field, String messageKey, Object... args) {
        new Violations().check(valid, field, messageKey, args).throwIfAny();
    }
}
