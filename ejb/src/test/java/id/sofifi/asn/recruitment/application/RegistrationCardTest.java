package id.sofifi.asn.recruitment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import id.sofifi.asn.platform.application.QrCodeInPdf;
import id.sofifi.asn.recruitment.domain.ApplicationStatus;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rendering the registration card")
class RegistrationCardTest {
    private static final String URL = "https://seleksi-asn.malutprov.go.id/verifikasi/CPNS-2026-000123?k=9f2c41d7e0";
    // 01:30 UTC is 10:30 in Sofifi (WIT, UTC+9)
    private static final Instant SUBMITTED = Instant.parse("2026-03-14T01:30:00Z");

    @Test
    @DisplayName("with a photo: a one-page PDF showing the title, number, name and date in WIT")
    void withPhoto() throws IOException {
        byte[] pdf = RegistrationCard.render(card(photo()));

        assertTrue(startsWithPdfMarker(pdf));
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("KARTU PENDAFTARAN"), text);
        assertTrue(text.contains("CPNS-2026-000123"), text);
        assertTrue(text.contains("Siti Nurhaliza Abdullah"), text);
        assertTrue(text.contains("14 Maret 2026 10:30 WIT"), text);
        assertFalse(text.contains("Pas foto"), text);
        // OpenPDF embeds a fallback font when a built-in one is asked for by family and the text leaves Latin-1
        assertFalse(new String(pdf, StandardCharsets.ISO_8859_1).contains("/FontFile"), "a font file was embedded");
    }

    @Test
    @DisplayName("its QR code, read back as a camera would, opens the card's online check")
    void qrCodeOpensTheCheck() throws Exception {
        assertEquals(URL, QrCodeInPdf.decode(RegistrationCard.render(card(null))));
    }

    @Test
    @DisplayName("without a photo: a frame saying where the photo goes")
    void withoutPhoto() throws IOException {
        byte[] pdf = RegistrationCard.render(card(null));

        assertTrue(startsWithPdfMarker(pdf));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertTrue(text.contains("KARTU PENDAFTARAN"), text);
        assertTrue(text.contains("CPNS-2026-000123"), text);
        assertTrue(text.contains("Siti Nurhaliza Abdullah"), text);
        assertTrue(text.contains("Pas foto"), text);
    }

    private static CardData card(byte[] photo) {
        return new CardData(new PublicRegistration("CPNS-2026-000123", "Siti Nurhaliza Abdullah", "Seleksi CPNS 2026",
                "F-DINKES-07", "Perawat Ahli Pertama", "Dinas Kesehatan Provinsi Maluku Utara", SUBMITTED,
                ApplicationStatus.SUBMITTED), "D-III Keperawatan", photo, URL);
    }

    private static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC6, 0x28, 0x28));
        g.fillRect(0, 0, 300, 400);
        g.setColor(Color.WHITE);
        g.fillOval(90, 80, 120, 150);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static boolean startsWithPdfMarker(byte[] pdf) {
        return new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }
}
