import id.sofifi.asn.platform.web.Xlsx;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The exports' XLSX writer beside Apache POI's streaming workbook (SXSSF) on the same rows: 10,000 employees × 7
 * columns, the size of a unit's compliance export, ten rounds each after a warm-up; prints median ms and bytes.
 */
public class XlsxBench {
    static List<List<Object>> rows(int n) {
        List<List<Object>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(List.of(String.format("1990%04d2015031%03d", i % 1231, i % 999 + 1), "Pegawai Nomor " + i,
                    "Dinas Kesehatan / Bidang " + (i % 17), new BigDecimal((i % 40) + ".50"), new BigDecimal("20.00"),
                    new BigDecimal(Math.max(0, 20 - (i % 40)) + ".00"), i % 13 == 0 ? "ya" : "tidak"));
        }
        return rows;
    }

    static byte[] ours(List<String> header, List<List<Object>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Xlsx xlsx = new Xlsx(out, "Kepatuhan", header)) {
            for (List<Object> row : rows) {
                xlsx.row(row);
            }
        }
        return out.toByteArray();
    }

    static byte[] poi(List<String> header, List<List<Object>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            var sheet = book.createSheet("Kepatuhan");
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
            }
            int r = 1;
            for (List<Object> row : rows) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    if (row.get(c) instanceof BigDecimal d) {
                        line.createCell(c).setCellValue(d.doubleValue());
                    } else {
                        line.createCell(c).setCellValue(String.valueOf(row.get(c)));
                    }
                }
            }
            book.write(out);
            book.dispose();
        }
        return out.toByteArray();
    }

    interface Writer {
        byte[] write(List<String> header, List<List<Object>> rows) throws Exception;
    }

    static String measure(Writer writer, List<String> header, List<List<Object>> rows) throws Exception {
        for (int i = 0; i < 3; i++) {
            writer.write(header, rows);
        }
        long[] ms = new long[10];
        int bytes = 0;
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            bytes = writer.write(header, rows).length;
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(ms);
        return String.format("median %4d ms (min %d, max %d), %,d bytes", ms[ms.length / 2], ms[0], ms[ms.length - 1],
                bytes);
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<String> header = List.of("NIP", "Nama", "Unit kerja", "JP", "Wajib", "Kurang", "Latsar terlambat");
        List<List<Object>> rows = rows(n);
        System.out.println("rows: " + n + " x " + header.size() + " columns");
        System.out.println("platform.web.Xlsx:          " + measure(XlsxBench::ours, header, rows));
        System.out.println("Apache POI 5.5.1 SXSSF:     " + measure(XlsxBench::poi, header, rows));
    }
}
