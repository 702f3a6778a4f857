package id.sofifi.asn.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MultipartTest {

    @Test
    @DisplayName("RFC 7578: a part per field and file, CRLF line ends, closed by the boundary with two dashes")
    void body() {
        Multipart form = new Multipart("b0undary").field("wizard", "wizard")
                .file("j_idt41:0:file", "ktp.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
                .field("upload", "Unggah");
        assertEquals("multipart/form-data; boundary=b0undary", form.contentType());
        assertEquals("""
                --b0undary\r
                Content-Disposition: form-data; name="wizard"\r
                \r
                wizard\r
                --b0undary\r
                Content-Disposition: form-data; name="j_idt41:0:file"; filename="ktp.pdf"\r
                Content-Type: application/pdf\r
                \r
                %PDF-1.4\r
                --b0undary\r
                Content-Disposition: form-data; name="upload"\r
                \r
                Unggah\r
                --b0undary--\r
                """, new String(form.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("text fields go as UTF-8, so Indonesian names keep their letters")
    void utf8() {
        String body = new String(new Multipart("b").field("fullName", "Nurul Hidayah – Sangaji").bytes(),
                StandardCharsets.UTF_8);
        assertEquals(
                "--b\r\nContent-Disposition: form-data; name=\"fullName\"\r\n\r\nNurul Hidayah – Sangaji\r\n--b--\r\n",
                body);
    }
}
