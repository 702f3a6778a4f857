package id.sofifi.asn.platform.application;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import id.sofifi.asn.kernel.Wit;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The look shared by the documents the system prints (registration card, announcement lists): colours,
 * the built-in fonts (not embedded, so the files stay small) and the WIT time stamp.
 */
public final class PdfStyle {
    public static final Color INK = new Color(0x1F, 0x29, 0x37);
    public static final Color MUTED = new Color(0x6B, 0x72, 0x80);
    public static final Color RULE = new Color(0xD1, 0xD5, 0xDB);
    public static final DateTimeFormatter WIT_MINUTE = DateTimeFormatter
            .ofPattern("dd MMMM yyyy HH:mm 'WIT'", new Locale("id", "ID")).withZone(Wit.ZONE);

    private PdfStyle() {
    }

    /** A built-in PDF font (Helvetica, Courier…) in Windows-1252, which covers Indonesian names. */
    public static Font font(String name, float size, Color color) {
        try {
            return new Font(BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED), size, Font.NORMAL,
                    color);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenPDF lacks its built-in font " + name, e);
        }
    }
}
