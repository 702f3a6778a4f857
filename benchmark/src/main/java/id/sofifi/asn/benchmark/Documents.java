package id.sofifi.asn.benchmark;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * The files an applicant uploads: for a photo requirement ({@code PAS_FOTO}) a JPEG portrait, which the server
 * decodes and re-encodes to drop its metadata; for every other requirement a PDF of {@code pdfBytes} (the server
 * believes the first bytes only, so its body is padding). Each applicant's files differ from everyone else's, so each
 * is stored once for its own and the check can count them.
 */
final class Documents {
    private final int pdfBytes;

    Documents(int pdfBytes) {
        this.pdfBytes = pdfBytes;
    }

    /** A file for {@code requirement}: its name, media type and content. */
    record File(String name, String mediaType, byte[] content) {
    }

    File of(String requirement, Applicant applicant) {
        return requirement.contains("FOTO")
                ? new File("pas-foto.jpg", "image/jpeg", photo(applicant.index()))
                : new File(requirement.toLowerCase(java.util.Locale.ROOT) + ".pdf", "application/pdf",
                        pdf(requirement + " " + applicant.fullName() + " " + applicant.nik()));
    }

    private byte[] pdf(String title) {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n% ").append(title).append('\n');
        while (pdf.length() < pdfBytes - 6) {
            pdf.append("% pindaian dokumen pelamar ASN Sofifi\n");
        }
        return pdf.append("%%EOF\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A 300×400 portrait (a face and shoulders on the red of a pas foto) with the applicant's index as a row of light
     * and dark squares along the top, so no two applicants' photos are equal.
     */
    private static byte[] photo(int index) {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(Color.RED.darker());
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setPaint(Color.PINK);
        g.fillArc(40, 260, 220, 280, 0, 180);
        g.fillOval(95, 70, 110, 150);
        for (int bit = 0; bit < 14; bit++) {
            g.setColor((index >> bit & 1) == 1 ? Color.WHITE : Color.BLACK);
            g.fillRect(10 + bit * 20, 10, 16, 16);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
