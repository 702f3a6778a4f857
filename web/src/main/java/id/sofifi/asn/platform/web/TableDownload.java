package id.sofifi.asn.platform.web;

import id.sofifi.asn.platform.application.SpreadsheetText;
import id.sofifi.asn.platform.application.Xlsx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A list downloaded as CSV or XLSX, the format chosen by the address the staff member clicked ({@code ….csv} or
 * {@code ….xlsx}); the servlet that reads the rows writes them once, whatever the format.
 */
public abstract class TableDownload implements AutoCloseable {
    /** Starts the download of {@code baseName}.csv or .xlsx on the response, with its header row. */
    public static TableDownload start(HttpServletRequest request, HttpServletResponse response, String baseName,
            List<String> header) throws IOException {
        boolean xlsx = request.getRequestURI().endsWith(".xlsx");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"" + baseName + (xlsx ? ".xlsx" : ".csv") + "\"");
        if (xlsx) {
            response.setContentType(Xlsx.CONTENT_TYPE);
            Xlsx sheet = new Xlsx(response.getOutputStream(), baseName, header);
            return new TableDownload() {
                @Override
                public void row(List<?> cells) throws IOException {
                    sheet.row(cells);
                }

                @Override
                public void close() throws IOException {
                    sheet.close();
                }
            };
        }
        response.setContentType("text/csv;charset=UTF-8");
        PrintWriter out = response.getWriter();
        TableDownload csv = new TableDownload() {
            @Override
            public void row(List<?> cells) {
                out.print(cells.stream().map(SpreadsheetText::csvField).collect(Collectors.joining(",")) + "\r\n");
            }

            @Override
            public void close() {
                out.flush();
            }
        };
        csv.row(header);
        return csv;
    }

    /** One row: numbers, text, or {@code null} for an empty cell. */
    public abstract void row(List<?> cells) throws IOException;

    @Override
    public abstract void close() throws IOException;
}
