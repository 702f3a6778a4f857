package id.sofifi.asn.recruitment.application;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.Utilities;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import id.sofifi.asn.platform.application.PdfQrCode;
import id.sofifi.asn.platform.application.PdfStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

/** The registration card an applicant prints after submitting: an A5 PDF whose QR code leads to its online check. */
public final class RegistrationCard {
    private static final float MARGIN = 36;
    private static final float PHOTO_WIDTH = Utilities.millimetersToPoints(30);
    private static final float PHOTO_HEIGHT = Utilities.millimetersToPoints(40);
    private static final float PHOTO_GAP = 12;
    private static final float QR_SIZE = Utilities.millimetersToPoints(32);
    private static final Font TITLE = PdfStyle.font(BaseFont.HELVETICA_BOLD, 13, PdfStyle.INK);
    private static final Font SUBTITLE = PdfStyle.font(BaseFont.HELVETICA, 9.5f, PdfStyle.INK);
    private static final Font CAPTION = PdfStyle.font(BaseFont.HELVETICA, 8, PdfStyle.MUTED);
    private static final Font NUMBER = PdfStyle.font(BaseFont.HELVETICA_BOLD, 20, PdfStyle.INK);
    private static final Font LABEL = PdfStyle.font(BaseFont.HELVETICA, 8.5f, PdfStyle.MUTED);
    private static final Font VALUE = PdfStyle.font(BaseFont.HELVETICA_BOLD, 9, PdfStyle.INK);
    private static final Font URL = PdfStyle.font(BaseFont.HELVETICA, 6.5f, PdfStyle.MUTED);
    private static final Font FOOTER = PdfStyle.font(BaseFont.HELVETICA_OBLIQUE, 7.5f, PdfStyle.MUTED);
    private static final DateTimeFormatter SUBMITTED = PdfStyle.WIT_MINUTE;

    private RegistrationCard() {
    }

    public static byte[] render(CardData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Kartu Pendaftaran " + data.registration().registrationNumber());
        document.addCreator("Seleksi ASN Pemerintah Provinsi Maluku Utara");
        document.open();
        document.add(centred("KARTU PENDAFTARAN SELEKSI ASN", TITLE, 0));
        document.add(centred("Pemerintah Provinsi Maluku Utara \u2014 Sofifi", SUBTITLE, 2));
        document.add(new LineSeparator(0.8f, 100, PdfStyle.INK, Element.ALIGN_CENTER, -8));
        document.add(centred("Nomor Pendaftaran", CAPTION, 18));
        document.add(centred(data.registration().registrationNumber(), NUMBER, 4));
        document.add(body(data));
        document.add(qrBlock(writer.getDirectContent(), data.verificationUrl()));
        footer(writer.getDirectContent(), document);
        document.close();
        return out.toByteArray();
    }

    // given a family only, OpenPDF embeds a fallback font for any text beyond Latin-1, the em dash included;
    // Helvetica with WinAnsi encoding has the em dash and leaves the font to the PDF reader

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    private static PdfPTable body(CardData data) {
        float width = PageSize.A5.getWidth() - 2 * MARGIN;
        PdfPTable body = new PdfPTable(new float[]{width - PHOTO_WIDTH - PHOTO_GAP, PHOTO_WIDTH + PHOTO_GAP});
        body.setWidthPercentage(100);
        body.setSpacingBefore(14);
        PdfPCell details = new PdfPCell(details(data));
        details.setBorder(Rectangle.NO_BORDER);
        details.setPadding(0);
        body.addCell(details);
        PdfPCell photo = new PdfPCell(photo(data.photo()));
        photo.setBorder(Rectangle.NO_BORDER);
        photo.setPadding(0);
        photo.setPaddingLeft(PHOTO_GAP);
        body.addCell(photo);
        return body;
    }

    private static PdfPTable details(CardData data) {
        PdfPTable rows = new PdfPTable(new float[]{34, 66});
        row(rows, "Nomor Pendaftaran", data.registration().registrationNumber());
        row(rows, "Nama Lengkap", data.registration().fullName());
        row(rows, "Periode Seleksi", data.registration().periodName());
        row(rows, "Formasi", data.registration().formationCode() + " \u2014 " + data.registration().position());
        row(rows, "Unit Kerja", data.registration().workUnitName());
        row(rows, "Pendidikan", data.education());
        row(rows, "Tanggal Daftar", SUBMITTED.format(data.registration().submittedAt()));
        return rows;
    }

    private static void row(PdfPTable rows, String label, String value) {
        rows.addCell(ruled(new Phrase(label, LABEL)));
        rows.addCell(ruled(new Phrase(value, VALUE)));
    }

    private static PdfPCell ruled(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfStyle.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(6);
        cell.setPaddingLeft(0);
        return cell;
    }

    /** A 3 x 4 cm frame holding the photo, or telling where to glue one when none was uploaded. */
    private static PdfPTable photo(byte[] photo) {
        PdfPCell frame = photo == null
                ? new PdfPCell(new Phrase("Pas foto", CAPTION))
                : new PdfPCell(picture(photo), true);
        frame.setFixedHeight(PHOTO_HEIGHT);
        frame.setHorizontalAlignment(Element.ALIGN_CENTER);
        frame.setVerticalAlignment(Element.ALIGN_MIDDLE);
        frame.setBorderColor(PdfStyle.MUTED);
        frame.setBorderWidth(0.6f);
        frame.setPadding(photo == null ? 4 : 0);
        PdfPCell below = new PdfPCell();
        below.setBorder(Rectangle.NO_BORDER);
        PdfPTable table = new PdfPTable(1);
        table.addCell(frame);
        // a table inside a cell has its last row stretched to the cell's height, which is the details' height
        table.addCell(below);
        return table;
    }

    private static Image picture(byte[] photo) {
        try {
            return Image.getInstance(photo);
        } catch (IOException e) {
            throw new UncheckedIOException("the applicant's photo cannot be read", e);
        }
    }

    private static PdfPTable qrBlock(PdfContentByte canvas, String url) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(70);
        block.setSpacingBefore(16);
        PdfPCell code = new PdfPCell(PdfQrCode.image(canvas, url, QR_SIZE), false);
        code.setBorder(Rectangle.NO_BORDER);
        code.setHorizontalAlignment(Element.ALIGN_CENTER);
        block.addCell(code);
        PdfPCell caption = new PdfPCell(new Phrase(url, URL));
        caption.setBorder(Rectangle.NO_BORDER);
        caption.setHorizontalAlignment(Element.ALIGN_CENTER);
        caption.setPaddingTop(0);
        block.addCell(caption);
        return block;
    }

    private static void footer(PdfContentByte canvas, Document document) {
        float y = document.bottom() - 14;
        canvas.saveState();
        canvas.setColorStroke(PdfStyle.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), y + 10);
        canvas.lineTo(document.right(), y + 10);
        canvas.stroke();
        canvas.restoreState();
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                new Phrase("Kartu ini diverifikasi melalui kode QR; tidak sah tanpa verifikasi daring.", FOOTER),
                (document.left() + document.right()) / 2, y, 0);
    }
}
