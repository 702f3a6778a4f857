package id.sofifi.asn.system;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Small pictures for upload tests, and a phone's EXIF block (GPS position) to check that uploads lose it. */
public final class TestImages {
    private TestImages() {
    }

    /** A 16×16 picture with one red pixel, encoded as {@code format} ("jpeg", "png"). */
    public static byte[] picture(String format) {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The JPEG with an APP1 Exif segment carrying {@code text} right after its start marker. */
    public static byte[] withExif(byte[] jpeg, String text) {
        byte[] payload = ("Exif\0\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        int length = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
