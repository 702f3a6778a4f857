package id.sofifi.asn.platform.documents;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Phones store photos sideways and say so in the EXIF Orientation tag. Re-encoding drops EXIF, so
 * the pixels are turned upright first; otherwise the photo on the registration card lies on its side.
 */
final class ExifOrientation {
    private static final int ORIENTATION_TAG = 0x0112;
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    private ExifOrientation() {
    }

    /** The Orientation value (1–8) of a JPEG, 1 (upright) when absent or unreadable. */
    static int of(byte[] jpeg) {
        try {
            int at = 2;
            while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
                int marker = jpeg[at + 1] & 0xFF;
                int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
                if (marker == 0xE1 && startsWith(jpeg, at + 4, EXIF_HEADER)) {
                    return fromTiff(ByteBuffer.wrap(jpeg, at + 10, length - 8).slice());
                }
                if (marker == 0xDA) {
                    break;
                }
                at += 2 + length;
            }
        } catch (RuntimeException e) {
            // a damaged EXIF block says nothing reliable about orientation
        }
        return 1;
    }

    private static int fromTiff(ByteBuffer tiff) {
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
                int value = tiff.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** The image as it should be seen, for an EXIF orientation value (mirrors and quarter turns). */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                switch (orientation) {
                    case 2 -> turned.setRGB(w - 1 - x, y, rgb);
                    case 3 -> turned.setRGB(w - 1 - x, h - 1 - y, rgb);
                    case 4 -> turned.setRGB(x, h - 1 - y, rgb);
                    case 5 -> turned.setRGB(y, x, rgb);
                    case 6 -> turned.setRGB(h - 1 - y, x, rgb);
                    case 7 -> turned.setRGB(h - 1 - y, w - 1 - x, rgb);
                    default -> turned.setRGB(y, w - 1 - x, rgb);
                }
            }
        }
        return turned;
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (offset + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
