package id.sofifi.asn.benchmark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A {@code multipart/form-data} body (RFC 7578) as a browser sends the wizard's form, whose {@code enctype} makes
 * every post of it multipart: text fields and files, each a part named by its field.
 */
final class Multipart {
    private final String boundary;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Multipart() {
        this("----asn-benchmark-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
    }

    Multipart(String boundary) {
        this.boundary = boundary;
    }

    Multipart field(String name, String value) {
        head("form-data; name=\"" + name + "\"", null);
        write(value.getBytes(StandardCharsets.UTF_8));
        write("\r\n");
        return this;
    }

    Multipart file(String name, String fileName, String mediaType, byte[] content) {
        head("form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"", mediaType);
        write(content);
        write("\r\n");
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The body, closed by the last boundary. */
    byte[] bytes() {
        ByteArrayOutputStream closed = new ByteArrayOutputStream(body.size() + boundary.length() + 8);
        closed.writeBytes(body.toByteArray());
        closed.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return closed.toByteArray();
    }

    private void head(String disposition, String mediaType) {
        write("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n"
                + (mediaType == null ? "" : "Content-Type: " + mediaType + "\r\n") + "\r\n");
    }

    private void write(String text) {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(byte[] bytes) {
        body.writeBytes(bytes);
    }
}
