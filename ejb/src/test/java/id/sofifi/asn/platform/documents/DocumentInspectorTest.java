package id.sofifi.asn.platform.documents;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Inspecting an applicant's upload")
class DocumentInspectorTest {
    private static final String FIELD = "ijazah";
    private static final long TWO_MB = 2 * 1024 * 1024;
    private final DocumentInspector inspector = new DocumentInspector(TWO_MB);

    @Test
    @DisplayName("a PDF is stored byte for byte with its SHA-256 and size")
    void pdfKept() throws Exception {
        byte[] pdf = smallPdf();
        InspectedDocument document = inspector.inspect(FIELD, pdf);
        assertEquals(DocumentType.PDF, document.type());
        assertArrayEquals(pdf, document.content());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), document.sha256());
        assertEquals(pdf.length, document.size());
    }

    @Test
    @DisplayName("a JPEG loses its EXIF segment, GPS position included, and still decodes")
    void jpegExifStripped() throws Exception {
        byte[] upload = withExif(encode(picture(), "jpg"));
        assertEquals(0xE1, markers(upload).get(1), "the test JPEG carries an APP1 segment");

        InspectedDocument document = inspector.inspect(FIELD, upload);

        assertEquals(DocumentType.JPEG, document.type());
        assertFalse(markers(document.content()).contains(0xE1), "APP1 segment left");
        assertFalse(contains(document.content(), "Exif"));
        assertFalse(contains(document.content(), "GPS"));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(document.content()));
        assertNotNull(decoded);
        assertEquals(40, decoded.getWidth());
        assertEquals(document.content().length, document.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.content())),
                document.sha256());
    }

    @Test
    @DisplayName("a PNG loses its text chunk and still decodes")
    void pngTextStripped() throws Exception {
        byte[] upload = withTextChunk(encode(picture(), "png"));
        assertTrue(contains(upload, "tEXt"), "the test PNG carries a tEXt chunk");

        InspectedDocument document = inspector.inspect(FIELD, upload);

        assertEquals(DocumentType.PNG, document.type());
        assertFalse(contains(document.content(), "tEXt"));
        assertFalse(contains(document.content(), "Sofifi"));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(document.content()));
        assertEquals(30, decoded.getHeight());
    }

    @Test
    @DisplayName("a Windows executable renamed to .pdf is refused by its content")
    void executableRefused() {
        byte[] exe = Arrays.copyOf("MZ\u0090\u0000\u0003".getBytes(US_ASCII), 512);
        assertEquals(new Violation(FIELD, "upload.type", List.of()), refusal(inspector, exe));
    }

    @Test
    @DisplayName("an ELF binary is refused by its content")
    void elfRefused() {
        byte[] elf = Arrays.copyOf(new byte[]{0x7F, 'E', 'L', 'F', 2, 1, 1}, 256);
        assertEquals(new Violation(FIELD, "upload.type", List.of()), refusal(inspector, elf));
    }

    @Test
    @DisplayName("a text file is refused even when it mentions %PDF- later on")
    void textRefused() {
        byte[] text = " %PDF-1.4 is what this claims to be".getBytes(US_ASCII);
        assertEquals("upload.type", refusal(inspector, text).messageKey());
    }

    @Test
    @DisplayName("an empty file is refused")
    void emptyRefused() {
        assertEquals(new Violation(FIELD, "upload.empty", List.of()), refusal(inspector, new byte[0]));
    }

    @Test
    @DisplayName("one byte over the limit is refused with the limit in megabytes; the limit itself is accepted")
    void tooLarge() {
        byte[] atLimit = Arrays.copyOf("%PDF-1.4\n".getBytes(US_ASCII), (int) TWO_MB);
        assertEquals(TWO_MB, inspector.inspect(FIELD, atLimit).size());

        byte[] overLimit = Arrays.copyOf(atLimit, (int) TWO_MB + 1);
        assertEquals(new Violation(FIELD, "upload.tooLarge", List.of("2")), refusal(inspector, overLimit));
    }

    @Test
    @DisplayName("a limit that is not a whole number of megabytes is given with one decimal")
    void fractionalLimit() {
        DocumentInspector small = new DocumentInspector(1536 * 1024);
        assertEquals(List.of("1.5"), refusal(small, new byte[1536 * 1024 + 1]).args());
    }

    @Test
    @DisplayName("a JPEG whose header is cut off is refused as damaged")
    void truncatedJpeg() {
        byte[] broken = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x13, 0x37, 'g', 'a', 'r', 'b', 'a', 'g', 'e'};
        assertEquals(new Violation(FIELD, "upload.damaged", List.of()), refusal(inspector, broken));
    }

    @Test
    @DisplayName("a PNG claiming more than 40 megapixels is refused before its pixels are decoded")
    void decompressionBomb() {
        byte[] bomb = pngHeaderOnly(10_000, 5_000);
        assertEquals(new Violation(FIELD, "upload.damaged", List.of()), refusal(inspector, bomb));
    }

    private static Violation refusal(DocumentInspector inspector, byte[] content) {
        ValidationFailure failure = assertThrows(ValidationFailure.class, () -> inspector.inspect(FIELD, content));
        assertEquals(1, failure.violations().size());
        return failure.violations().get(0);
    }

    /** A one-page PDF with a correct cross-reference table. */
    private static byte[] smallPdf() {
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\n").append("startxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(US_ASCII);
    }

    private static BufferedImage picture() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2E, 0x7D, 0x32));
        g.fillRect(0, 0, 40, 30);
        g.setColor(Color.WHITE);
        g.fillOval(10, 5, 20, 20);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The JPEG with an APP1 segment right after its start marker, the way cameras and phones write EXIF. */
    private static byte[] withExif(byte[] jpeg) {
        byte[] payload = "Exif\0\0MM\0*\0\0\0\bGPSLatitude 0.7311 N GPSLongitude 127.5669 E".getBytes(US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + payload.length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** The PNG with a tEXt chunk right after its IHDR chunk. */
    private static byte[] withTextChunk(byte[] png) {
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        byte[] chunk = chunk("tEXt", "Comment\0Difoto di Sofifi".getBytes(US_ASCII));
        ByteBuffer out = ByteBuffer.allocate(png.length + chunk.length);
        out.put(png, 0, afterHeader).put(chunk).put(png, afterHeader, png.length - afterHeader);
        return out.array();
    }

    /** A PNG signature and header announcing a picture of the given size, with no pixel data. */
    private static byte[] pngHeaderOnly(int width, int height) {
        byte[] header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[]{8, 2, 0, 0, 0}).array();
        return ByteBuffer.allocate(8 + 25 + 12).put(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .put(chunk("IHDR", header)).put(chunk("IEND", new byte[0])).array();
    }

    private static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(US_ASCII));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(US_ASCII)).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** The marker codes of a JPEG up to its first scan, SOI first. */
    private static List<Integer> markers(byte[] jpeg) {
        List<Integer> found = new ArrayList<>(List.of(jpeg[1] & 0xFF));
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            found.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return found;
    }

    private static boolean contains(byte[] content, String text) {
        byte[] wanted = text.getBytes(US_ASCII);
        for (int i = 0; i + wanted.length <= content.length; i++) {
            if (Arrays.equals(content, i, i + wanted.length, wanted, 0, wanted.length)) {
                return true;
            }
        }
        return false;
    }
}
