package id.sofifi.asn.selection.application;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.sofifi.asn.platform.application.PdfStyle;
import id.sofifi.asn.selection.domain.AnnouncementChain;
import id.sofifi.asn.selection.domain.AnnouncementStage;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The printable announcement: A4, the head hash and where to check its chain on the first page, then every
 * entry. The table is a large element flushed every few hundred rows, so a 100,000-entry list is
 * written page by page instead of being held in memory.
 */
final class AnnouncementPdf {
    private static final int ROWS_PER_FLUSH = 500;
    private static final Font TITLE = PdfStyle.font(BaseFont.HELVETICA_BOLD, 13, PdfStyle.INK);
    private static final Font TEXT = PdfStyle.font(BaseFont.HELVETICA, 9, PdfStyle.INK);
    private static final Font SMALL = PdfStyle.font(BaseFont.COURIER, 7.5f, PdfStyle.MUTED);
    private static final Font HEAD = PdfStyle.font(BaseFont.HELVETICA_BOLD, 8.5f, PdfStyle.INK);
    private static final Font CELL = PdfStyle.font(BaseFont.HELVETICA, 8.5f, PdfStyle.INK);
    private static final DateTimeFormatter PUBLISHED = PdfStyle.WIT_MINUTE;
    private static final Map<AnnouncementStage, String> STAGES = Map.of(AnnouncementStage.ADMINISTRATION,
            "Hasil Seleksi Administrasi", AnnouncementStage.SKD, "Hasil Seleksi Kompetensi Dasar (SKD)",
            AnnouncementStage.FINAL, "Hasil Akhir Seleksi");

    private AnnouncementPdf() {
    }

    static void render(AnnouncementSummary a, String chainCheckUrl, Consumer<Consumer<AnnouncementChain.Link>> entries,
            OutputStream out) {
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle("Pengumuman #" + a.id());
        document.addCreator("Seleksi ASN Pemerintah Provinsi Maluku Utara");
        document.open();
        document.add(
                new Paragraph("PENGUMUMAN " + STAGES.get(a.stage()).toUpperCase(Locale.ROOT) + " #" + a.id(), TITLE));
        document.add(new Paragraph(a.periodName() + " (" + a.periodCode() + ")", TEXT));
        document.add(
                new Paragraph(
                        "Diterbitkan " + PUBLISHED.format(a.publishedAt()) + " \u2014 " + a.entryCount() + " entri"
                                + (a.correctsId() == null ? "" : " \u2014 koreksi atas pengumuman #" + a.correctsId()),
                        TEXT));
        document.add(new Paragraph("Hash kepala (SHA-256): " + a.headHash(), SMALL));
        document.add(new Paragraph("Periksa rantai hash: " + chainCheckUrl, SMALL));
        PdfPTable table = new PdfPTable(new float[]{8, 20, 38, 26, 8});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        table.setComplete(false);
        for (String h : new String[]{"No.", "Nomor Pendaftaran", "Nama", "Formasi", "Kode"}) {
            table.addCell(cell(h, HEAD));
        }
        int[] rows = {0};
        entries.accept(l -> {
            table.addCell(cell(Integer.toString(l.seq()), CELL));
            table.addCell(cell(l.registrationNumber(), CELL));
            table.addCell(cell(l.name(), CELL));
            table.addCell(cell(l.formationCode(), CELL));
            table.addCell(cell(l.code(), CELL));
            if (++rows[0] % ROWS_PER_FLUSH == 0) {
                document.add(table);
            }
        });
        table.setComplete(true);
        document.add(table);
        document.close();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfStyle.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingBottom(4);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    // Helvetica in WinAnsi covers the em dash and Indonesian names without embedding a font
}
