package id.sofifi.asn.development.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.sofifi.asn.development.domain.Jp;
import id.sofifi.asn.platform.application.QrCodeInPdf;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The training certificate PDF says who completed what, with how many JP, and where to check it. */
class TrainingCertificateTest {
    @Test
    @DisplayName("The certificate names the employee, NIP, training, partner, dates, JP and its check address")
    void saysWhatTheRecordSays() throws Exception {
        CertificateView c = new CertificateView("ABCDEFGHIJKLMNOPQRST", "Siti Rahmawati", "19900101********01",
                "Sistem Informasi Geografis", "Universitas Khairun", new Jp(new BigDecimal("24.5")),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5));
        byte[] pdf = TrainingCertificate.render(c, "199001012015032001",
                "https://asn.example/sertifikat.xhtml?no=ABCDEFGHIJKLMNOPQRST");
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        for (String expected : new String[]{"SERTIFIKAT", "ABCDEFGHIJKLMNOPQRST", "Siti Rahmawati",
                "199001012015032001", "Sistem Informasi Geografis", "Universitas Khairun", "01 Juni 2026",
                "05 Juni 2026", "24.50 JP", "sertifikat.xhtml?no=ABCDEFGHIJKLMNOPQRST"}) {
            assertTrue(text.contains(expected), expected + " missing from: " + text);
        }
    }

    @Test
    @DisplayName("Its QR code, read back as a camera would, opens the public check of this certificate")
    void qrCodeOpensTheCheck() throws Exception {
        CertificateView c = new CertificateView("QRSTUVWXYZABCDEFGHIJ", "Siti Rahmawati", "19900101********01",
                "Etika Pelayanan Publik", "Universitas Khairun", new Jp(new BigDecimal("8")), LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 1));
        String check = "https://asn.example/sertifikat.xhtml?no=QRSTUVWXYZABCDEFGHIJ";
        assertEquals(check, QrCodeInPdf.decode(TrainingCertificate.render(c, "199001012015032001", check)));
    }
}
