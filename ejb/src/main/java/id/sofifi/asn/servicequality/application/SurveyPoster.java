package id.sofifi.asn.servicequality.application;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import id.sofifi.asn.platform.application.PdfQrCode;
import id.sofifi.asn.platform.application.PdfStyle;
import java.io.ByteArrayOutputStream;

/**
 * The A4 poster a counter hangs up (issue 11): the unit's name, a short call to take the survey, and a large QR code
 * of the unit's survey page with its address printed below for those who type it.
 */
final class SurveyPoster {
    private static final float MARGIN = 56;
    private static final float QR_SIZE = 300;
    private static final Font CALL = PdfStyle.font(BaseFont.HELVETICA_BOLD, 34, PdfStyle.INK);
    private static final Font UNIT = PdfStyle.font(BaseFont.HELVETICA_BOLD, 20, PdfStyle.INK);
    private static final Font TEXT = PdfStyle.font(BaseFont.HELVETICA, 14, PdfStyle.INK);
    private static final Font SMALL = PdfStyle.font(BaseFont.HELVETICA, 10, PdfStyle.MUTED);

    private SurveyPoster() {
    }

    static byte[] render(ServiceUnitView unit, String surveyUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Survei Kepuasan Masyarakat " + unit.code());
        document.addCreator("Pemerintah Provinsi Maluku Utara");
        document.open();
        document.add(centred("Bagaimana pelayanan kami?", CALL, 0));
        document.add(centred("Isi Survei Kepuasan Masyarakat \u2014 hanya 1 menit, tanpa nama.", TEXT, 10));
        document.add(centred(unit.name(), UNIT, 28));
        document.add(centred(unit.workUnitName(), TEXT, 4));
        Image code = PdfQrCode.image(writer.getDirectContent(), surveyUrl, QR_SIZE);
        code.setAlignment(Element.ALIGN_CENTER);
        code.setSpacingBefore(24);
        document.add(code);
        document.add(centred("Pindai kode QR dengan kamera ponsel Anda, atau buka:", TEXT, 8));
        document.add(centred(surveyUrl, SMALL, 4));
        document.add(centred("Jawaban Anda membantu kami memperbaiki pelayanan. Terima kasih.", TEXT, 28));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }
}
