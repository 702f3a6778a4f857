package id.sofifi.asn.performance.application;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.sofifi.asn.performance.domain.EvaluationReport;
import id.sofifi.asn.performance.domain.Predicate;
import id.sofifi.asn.platform.application.PdfBarChart;
import id.sofifi.asn.platform.application.PdfStyle;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The PDF of a laporan evaluasi berkala for the governor's office (A4 landscape): the period, two charts drawn as
 * vectors — the SKP predicate distribution over the report's scope and the IKM of each service unit — and a table
 * of every unit's figures.
 */
final class ReportPdf {
    private static final float MARGIN = 36;
    private static final Font TITLE = PdfStyle.font(BaseFont.HELVETICA_BOLD, 16, PdfStyle.INK);
    private static final Font HEADING = PdfStyle.font(BaseFont.HELVETICA_BOLD, 11, PdfStyle.INK);
    private static final Font TEXT = PdfStyle.font(BaseFont.HELVETICA, 8, PdfStyle.INK);
    private static final Font SMALL = PdfStyle.font(BaseFont.HELVETICA, 8, PdfStyle.MUTED);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMMM yyyy", new Locale("id", "ID"));
    private static final List<String> COLUMNS = List.of("Unit kerja", "Layanan (IKM)", "Pengaduan", "Selesai",
            "Tepat waktu", "Terlambat", "Median hari", "SB", "B", "BP", "K", "SK", "Peringatan kurva", "Pegawai",
            "Memenuhi 20 JP", "Latsar terlambat");

    private ReportPdf() {
    }

    static byte[] render(EvaluationReport report, List<UnitFigures> units, Instant renderedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Laporan Evaluasi Berkala " + report.period().label());
        document.addCreator("ASN Sofifi \u2014 Pemerintah Provinsi Maluku Utara");
        document.open();
        document.add(new Paragraph("Laporan Evaluasi Berkala \u2014 " + report.period().label(), TITLE));
        document.add(new Paragraph(DAY.format(report.from()) + " s.d. " + DAY.format(report.to()) + " \u00b7 "
                + (report.workUnitCode() == null ? "seluruh unit kerja" : "unit kerja " + report.workUnitCode())
                + " \u00b7 disusun " + PdfStyle.WIT_MINUTE.format(renderedAt), SMALL));
        float width = document.right() - document.left();
        heading(document, "Distribusi predikat kinerja (SKP)");
        Map<String, Long> predicates = predicates(UnitFigures.top(units));
        document.add(PdfBarChart.of(writer, width, List.copyOf(predicates.keySet()), List.copyOf(predicates.values()),
                predicates.values().stream().mapToLong(Long::longValue).max().orElse(0), PdfBarChart.BAR));
        heading(document, "Indeks Kepuasan Masyarakat per unit layanan (nilai konversi 25\u2013100)");
        Map<String, UnitFigures.Ikm> services = new LinkedHashMap<>();
        units.forEach(u -> u.ikm().forEach(i -> services.putIfAbsent(i.serviceUnit(), i)));
        document.add(PdfBarChart.of(writer, width,
                services.values().stream().map(i -> i.name() + " (" + i.respondents() + " responden)").toList(),
                services.values().stream().map(UnitFigures.Ikm::converted).toList(), 100, new Color(0x05, 0x96, 0x69)));
        heading(document, "Angka per unit kerja");
        document.add(table(units));
        document.close();
        return out.toByteArray();
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    /** The predicate counts summed over the rows, labelled in Indonesian. */
    private static Map<String, Long> predicates(List<UnitFigures> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Predicate[] all = Predicate.values();
        IntStream.range(0, all.length)
                .forEach(i -> counts.put(label(all[i]), rows.stream().mapToLong(r -> r.skp().counts().get(i)).sum()));
        return counts;
    }

    private static String label(Predicate predicate) {
        String[] words = predicate.name().toLowerCase(Locale.ROOT).split("_");
        return String.join(" ",
                Arrays.stream(words).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList());
    }

    private static PdfPTable table(List<UnitFigures> units) {
        PdfPTable table = new PdfPTable(COLUMNS.size());
        table.setWidthPercentage(100);
        // the unit's name gets four figure columns' width, so names wrap between words, not inside them
        float[] widths = new float[COLUMNS.size()];
        Arrays.fill(widths, 1f);
        widths[0] = 4f;
        table.setWidths(widths);
        table.setHeaderRows(1);
        COLUMNS.forEach(c -> table.addCell(cell(c, TEXT, true)));
        for (UnitFigures u : units) {
            table.addCell(cell("  ".repeat(u.depth()) + u.workUnitName(), TEXT, false));
            ReportSheet.values(u).forEach(v -> table.addCell(cell(v == null ? "\u2013" : v.toString(), TEXT, false)));
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, boolean header) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderColor(PdfStyle.RULE);
        cell.setPadding(3);
        if (header) {
            cell.setBackgroundColor(new Color(0xF3, 0xF4, 0xF6));
        } else if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }
}
