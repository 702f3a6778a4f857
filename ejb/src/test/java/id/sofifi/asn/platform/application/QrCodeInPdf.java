package id.sofifi.asn.platform.application;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back the QR code {@link PdfQrCode} draws into a PDF, as a phone's camera would: its dark modules are
 * rectangles in a form XObject, so they are put back on a grid, drawn as pixels and decoded by ZXing's reader.
 */
public final class QrCodeInPdf {
    private static final Pattern RECTANGLE = Pattern.compile("(-?[\\d.]+) (-?[\\d.]+) (-?[\\d.]+) (-?[\\d.]+) re");
    private static final int PIXELS_PER_MODULE = 4;

    private QrCodeInPdf() {
    }

    /** The text of the one QR code in the PDF. */
    public static String decode(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject object = reader.getPdfObject(i);
            if (object instanceof PRStream stream && PdfName.FORM.equals(stream.getAsName(PdfName.SUBTYPE))) {
                List<float[]> modules = rectangles(
                        new String(PdfReader.getStreamBytes(stream), StandardCharsets.US_ASCII));
                if (modules.size() > 20) {
                    return read(modules, stream.getAsArray(PdfName.BBOX).getAsNumber(2).floatValue());
                }
            }
        }
        throw new AssertionError("no QR code drawn in the PDF");
    }

    private static List<float[]> rectangles(String content) {
        List<float[]> found = new ArrayList<>();
        Matcher m = RECTANGLE.matcher(content);
        while (m.find()) {
            found.add(new float[]{Float.parseFloat(m.group(1)), Float.parseFloat(m.group(2)),
                    Float.parseFloat(m.group(3)), Float.parseFloat(m.group(4))});
        }
        return found;
    }

    private static String read(List<float[]> modules, float size) throws Exception {
        float module = modules.stream().map(r -> r[3]).min(Float::compare).orElseThrow();
        int n = Math.round(size / module);
        int side = n * PIXELS_PER_MODULE;
        int[] pixels = new int[side * side];
        Arrays.fill(pixels, 0xFFFFFFFF);
        for (float[] r : modules) {
            int row = n - 1 - Math.round(r[1] / module);
            int first = Math.round(r[0] / module);
            int last = first + Math.round(r[2] / module);
            for (int y = row * PIXELS_PER_MODULE; y < (row + 1) * PIXELS_PER_MODULE; y++) {
                Arrays.fill(pixels, y * side + first * PIXELS_PER_MODULE, y * side + last * PIXELS_PER_MODULE,
                        0xFF000000);
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
