package id.sofifi.asn.development.application;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.Utilities;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import id.sofifi.asn.platform.application.PdfQrCode;
import id.sofifi.asn.platform.application.PdfStyle;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Sertifikat pelatihan: an A4 landscape PDF saying who completed which training, with how many JP. Its QR code
 * opens the public check, which reads the certificate from the database by its number, so an edited PDF is caught
 * by comparing it with the page.
 */
public final class TrainingCertificate {
    private static final float MARGIN = 54;
    private static final float QR_SIZE = Utilities.millimetersToPoints(30);
    private static final Font HEADER = PdfStyle.font(BaseFont.HELVETICA, 11, PdfStyle.INK);
    private static final Font TITLE = PdfStyle.font(BaseFont.HELVETICA_BOLD, 26, PdfStyle.INK);
    private static final Font TEXT = PdfStyle.font(BaseFont.HELVETICA, 12, PdfStyle.INK);
    private static final Font NAME = PdfStyle.font(BaseFont.HELVETICA_BOLD, 20, PdfStyle.INK);
    private static final Font TRAINING = PdfStyle.font(BaseFont.HELVETICA_BOLD, 15, PdfStyle.INK);
    private static final Font SMALL = PdfStyle.font(BaseFont.HELVETICA, 8, PdfStyle.MUTED);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMMM yyyy", new Locale("id", "ID"));

    private TrainingCertificate() {
    }

    /** The certificate of {@code c} for the employee with the full {@code nip}, its QR code leading to {@code url}. */
    public static byte[] render(CertificateView c, String nip, String url) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Sertifikat " + c.number());
        document.addCreator("Pengembangan Kompetensi ASN Pemerintah Provinsi Maluku Utara");
        document.open();
        document.add(centred("PEMERINTAH PROVINSI MALUKU UTARA \u2014 SOFIFI", HEADER, 0));
        document.add(centred("SERTIFIKAT", TITLE, 18));
        document.add(centred("Nomor " + c.number(), TEXT, 4));
        document.add(new LineSeparator(0.8f, 60, PdfStyle.RULE, Element.ALIGN_CENTER, -10));
        document.add(centred("diberikan kepada", TEXT, 22));
        document.add(centred(c.name(), NAME, 6));
        document.add(centred("NIP " + nip, TEXT, 2));
        document.add(centred("yang telah menyelesaikan pelatihan", TEXT, 18));
        document.add(centred(c.trainingTitle(), TRAINING, 6));
        document.add(centred(held(c), TEXT, 6));
        document.add(qr(writer, url));
        document.close();
        return out.toByteArray();
    }

    private static String held(CertificateView c) {
        String partner = c.partner() == null ? "" : "diselenggarakan bersama " + c.partner() + ", ";
        return partner + dates(c.startsOn(), c.completedOn()) + ", sebanyak " + c.jp().text() + " JP";
    }

    private static String dates(LocalDate from, LocalDate to) {
        return from == null || from.equals(to)
                ? "pada " + DAY.format(to)
                : DAY.format(from) + " s.d. " + DAY.format(to);
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    private static PdfPTable qr(PdfWriter writer, String url) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(50);
        block.setSpacingBefore(18);
        PdfPCell code = new PdfPCell(PdfQrCode.image(writer.getDirectContent(), url, QR_SIZE), false);
        code.setBorder(Rectangle.NO_BORDER);
        code.setHorizontalAlignment(Element.ALIGN_CENTER);
        block.addCell(code);
        PdfPCell caption = new PdfPCell(new Phrase("Periksa keaslian: " + url, SMALL));
        caption.setBorder(Rectangle.NO_BORDER);
        caption.setHorizontalAlignment(Element.ALIGN_CENTER);
        block.addCell(caption);
        return block;
    }
}
