package id.sofifi.asn.platform.application;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet XLSX (Office Open XML) written as it streams: a header row and rows of text or numbers. Exports of
 * lists need nothing more; measured beside Apache POI's streaming workbook on 10,000 rows it is faster, its files
 * half the size, and it spares the EAR 18 MB of jars (docs/benchmarks.md, "XLSX export"). Numbers stay numbers,
 * so the BKD can sum a column; everything else is an inline string.
 */
public final class Xlsx implements AutoCloseable {
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ZipOutputStream zip;
    private final Writer sheet;
    private int row;

    /** Starts the workbook on {@code out} with the sheet's name and its header row. */
    public Xlsx(OutputStream out, String sheetName, List<String> header) throws IOException {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        part("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        part("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Target="xl/workbook.xml" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>\
                </Relationships>""");
        part("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>"""
                .formatted(MarkupText.escape(sheetName(sheetName))));
        part("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Target="worksheets/sheet1.xml" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>\
                </Relationships>""");
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns="
                + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        row(List.copyOf(header));
    }

    /**
     * One row: {@link Number}s become numeric cells, {@code null} an empty cell, anything else its text (never a
     * formula: {@link SpreadsheetText}).
     */
    public void row(List<?> cells) throws IOException {
        row++;
        StringBuilder xml = new StringBuilder("<row r=\"").append(row).append("\">");
        for (Object cell : cells) {
            if (cell instanceof BigDecimal d) {
                xml.append("<c><v>").append(d.toPlainString()).append("</v></c>");
            } else if (cell instanceof Number n) {
                xml.append("<c><v>").append(n).append("</v></c>");
            } else if (cell == null) {
                xml.append("<c/>");
            } else {
                xml.append("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                        .append(MarkupText.escape(SpreadsheetText.neutralised(cell.toString())))
                        .append("</t></is></c>");
            }
        }
        sheet.write(xml.append("</row>").toString());
    }

    @Override
    public void close() throws IOException {
        sheet.write("</sheetData></worksheet>");
        sheet.flush();
        zip.closeEntry();
        zip.finish();
    }

    private void part(String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Excel refuses sheet names over 31 characters or with any of {@code : \ / ? * [ ]}. */
    private static String sheetName(String name) {
        String allowed = name.replaceAll("[:\\\\/?*\\[\\]]", " ");
        return allowed.length() > 31 ? allowed.substring(0, 31) : allowed;
    }
}
