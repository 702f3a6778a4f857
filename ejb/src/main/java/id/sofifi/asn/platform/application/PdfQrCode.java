package id.sofifi.asn.platform.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.Map;

/**
 * The QR code printed documents carry to their online check (registration card, training certificate), drawn as
 * vector modules so it stays sharp whatever the printer's resolution.
 */
public final class PdfQrCode {
    private PdfQrCode() {
    }

    /** The QR code of {@code url}, quiet zone included, one bit per module. */
    public static BitMatrix matrix(String url) {
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the verification URL does not fit in a QR code", e);
        }
    }

    /** The QR code of {@code url} as an image {@code size} points square, for a table cell. */
    public static Image image(PdfContentByte canvas, String url, float size) {
        BitMatrix matrix = matrix(url);
        PdfTemplate template = canvas.createTemplate(size, size);
        float module = size / matrix.getWidth();
        template.setColorFill(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y)) {
                    x++;
                }
                // one rectangle per run of dark modules keeps the content stream small
                template.rectangle(start * module, size - (y + 1) * module, (x - start) * module, module);
            }
        }
        template.fill();
        return Image.getInstance(template);
    }
}
