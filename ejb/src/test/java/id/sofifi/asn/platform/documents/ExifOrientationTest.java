package id.sofifi.asn.platform.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Photos from phones come out upright on the card although their EXIF is stripped. */
class ExifOrientationTest {
    private static final int MARK = 0xFF0000;

    /** 3 wide, 2 high, black with a red pixel at the top left. */
    private static BufferedImage marked() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, MARK);
        return image;
    }

    @ParameterizedTest(name = "orientation {0}: the top-left pixel is shown at ({1},{2})")
    @CsvSource({"1,0,0", "2,2,0", "3,2,1", "4,0,1", "5,0,0", "6,1,0", "7,1,2", "8,0,2"})
    void turnsUpright(int orientation, int x, int y) {
        BufferedImage shown = ExifOrientation.upright(marked(), orientation);
        assertEquals(orientation >= 5 ? 2 : 3, shown.getWidth());
        assertEquals(MARK, shown.getRGB(x, y) & 0xFFFFFF);
    }

    @Test
    @DisplayName("The Orientation tag is read from the APP1 segment, big- and little-endian; none means upright")
    void readsTag() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(marked(), "jpg", out);
        byte[] plain = out.toByteArray();
        assertEquals(1, ExifOrientation.of(plain));
        assertEquals(6, ExifOrientation.of(withOrientation(plain, 6, true)));
        assertEquals(8, ExifOrientation.of(withOrientation(plain, 8, false)));
    }

    /** Inserts an APP1 segment holding one IFD entry, Orientation = value. */
    private static byte[] withOrientation(byte[] jpeg, int value, boolean bigEndian) {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        tiff.put(bigEndian ? (byte) 'M' : (byte) 'I').put(bigEndian ? (byte) 'M' : (byte) 'I').putShort((short) 42)
                .putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) value)
                .putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = ByteBuffer.allocate(6 + 26).put("Exif\0\0".getBytes()).put(tiff.array()).array();
        ByteBuffer result = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        result.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        result.put(jpeg, 2, jpeg.length - 2);
        return result.array();
    }
}
