package id.sofifi.asn.servicequality.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.sofifi.asn.platform.application.QrCodeInPdf;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 11: "a printable A4 poster with the unit's QR code (PDF)". */
class SurveyPosterTest {
    private static final String URL = "https://asn.malutprov.go.id/survei.xhtml?unit=RSUD-POLI-UMUM";
    private static final ServiceUnitView UNIT = new ServiceUnitView("RSUD-POLI-UMUM", "Poliklinik Umum RSUD Sofifi",
            "RSUD", "RSUD Sofifi", 12_000, 373);

    @Test
    @DisplayName("Issue 11: the poster is one A4 page whose QR code opens the unit's survey page")
    void a4WithQrCode() throws Exception {
        byte[] pdf = SurveyPoster.render(UNIT, URL);
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages());
        assertEquals(PageSize.A4.getWidth(), reader.getPageSize(1).getWidth(), 0.5);
        assertEquals(PageSize.A4.getHeight(), reader.getPageSize(1).getHeight(), 0.5);
        assertEquals(URL, QrCodeInPdf.decode(pdf));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Poliklinik Umum RSUD Sofifi"), text);
        assertTrue(text.contains("Survei Kepuasan Masyarakat"), text);
    }
}
