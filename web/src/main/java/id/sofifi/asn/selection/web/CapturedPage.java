package id.sofifi.asn.selection.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** A response an included page writes into memory instead of to the client. */
final class CapturedPage extends HttpServletResponseWrapper {
    private final CharArrayWriter chars = new CharArrayWriter(4096);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintWriter writer = new PrintWriter(chars);

    CapturedPage(HttpServletResponse response) {
        super(response);
    }

    @Override
    public PrintWriter getWriter() { return writer; }

    @Override
    public ServletOutputStream getOutputStream() {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public boolean isReady() { return true; }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("a captured page is written synchronously");
            }
        };
    }

    @Override
    public void flushBuffer() {
        writer.flush();
    }

    @Override
    public boolean isCommitted() { return false; }

    String text() {
        writer.flush();
        return bytes.toString(StandardCharsets.UTF_8) + chars;
    }
}
