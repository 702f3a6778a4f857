package id.sofifi.asn.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sofifi.asn.platform.application.Xlsx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The exports' XLSX, read back by Apache POI, the reference reader of the format. */
class XlsxTest {
    @Test
    @DisplayName("Header, text with XML characters and control bytes, numbers as numbers, empty cells")
    void readsBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Xlsx xlsx = new Xlsx(out, "Kepatuhan JP 2026 — unit kerja / bidang (terlalu panjang)",
                List.of("NIP", "Nama", "JP", "Kurang"))) {
            xlsx.row(List.of("199804072027032001", "Siti <Nur> & \"Ani\"\u0001", new BigDecimal("16.67"), 2));
            xlsx.row(Arrays.asList("198706212012032394", "Fatma Abdullah", null, 0L));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Kepatuhan JP 2026 — unit kerja ", sheet.getSheetName(), "Excel's limit: 31 characters");
            assertEquals(3, sheet.getPhysicalNumberOfRows());
            assertEquals("Nama", sheet.getRow(0).getCell(1).getStringCellValue());
            Row first = sheet.getRow(1);
            assertEquals("199804072027032001", first.getCell(0).getStringCellValue(), "a NIP stays text, all digits");
            assertEquals("Siti <Nur> & \"Ani\"", first.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(2).getCellType());
            assertEquals(16.67, first.getCell(2).getNumericCellValue());
            assertEquals(2.0, first.getCell(3).getNumericCellValue());
            assertEquals(CellType.BLANK, sheet.getRow(2).getCell(2).getCellType());
        }
    }

    @Test
    @DisplayName("A text cell that starts like a formula stays text, behind an apostrophe")
    void neverAFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Xlsx xlsx = new Xlsx(out, "Pengaduan", List.of("Judul"))) {
            xlsx.row(List.of("=HYPERLINK(\"http://evil.example\",\"klik\")"));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var cell = book.getSheetAt(0).getRow(1).getCell(0);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals("'=HYPERLINK(\"http://evil.example\",\"klik\")", cell.getStringCellValue());
        }
    }
}
