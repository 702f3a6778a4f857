package id.sofifi.asn.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FacesPageTest {
    /** The wizard's documents step, trimmed; messages, view state and nonce as the run-mode server wrote them. */
    private static final FacesPage DOCUMENTS = new FacesPage("/pelamar/lamar.xhtml", """
            <form id="wizard" name="wizard" method="post" action="/pelamar/lamar.xhtml" class="wizard"
             enctype="multipart/form-data">
            <input type="hidden" name="wizard" value="wizard" />
            <ul id="messages" class="messages"><li class="info">\tBerkas ktp.pdf diterima. </li><li class="error">\t
             Pindaian KTP: berkas harus PDF, JPEG atau PNG</li></ul>
            <div class="document"><label>Pindaian KTP
            <span class="tag ok" id="ok-KTP">✓ ktp.pdf</span></label>
            <input id="j_idt41:0:file" type="file" name="j_idt41:0:file" accept="application/pdf,image/jpeg,image/png"
             data-requirement="KTP" /></div>
            <div class="document"><label>Pas foto</label>
            <input data-requirement="PAS_FOTO" type="file" name="j_idt41:4:file" id="j_idt41:4:file" /></div>
            <input id="upload" type="submit" name="upload" value="Unggah" class="secondary" />
            <input type="hidden" name="jakarta.faces.ViewState" id="j_id1:jakarta.faces.ViewState:0"
             value="-8411452925462543816:-2433130869716307757" autocomplete="off" />
            <input type="hidden" name="primefaces.nonce" value="ZmE4Y2Q&amp;x" /></form>
            """);

    @Test
    @DisplayName("the view state and the CSP nonce are the hidden fields posted back, entities decoded")
    void hiddenFields() {
        assertEquals(Map.of("jakarta.faces.ViewState", "-8411452925462543816:-2433130869716307757", "primefaces.nonce",
                "ZmE4Y2Q&x"), DOCUMENTS.hiddenFields());
    }

    @Test
    @DisplayName("a page without a form fails the step under a kind naming the page")
    void noForm() {
        StepFailed failed = assertThrows(StepFailed.class,
                () -> new FacesPage("/konfirmasi.xhtml", "<p>E-mail dikonfirmasi</p>").hiddenFields());
        assertEquals("no form on /konfirmasi.xhtml", failed.getMessage());
    }

    @Test
    @DisplayName("file inputs by their requirement, whatever the order of their attributes; other inputs left out")
    void fileInputs() {
        assertEquals(Map.of("KTP", "j_idt41:0:file", "PAS_FOTO", "j_idt41:4:file"), DOCUMENTS.fileInputs());
        assertEquals(List.of("KTP", "PAS_FOTO"), List.copyOf(DOCUMENTS.fileInputs().keySet()));
    }

    @Test
    @DisplayName("messages by severity, tags and surrounding space dropped; the first error is the refusal")
    void messages() {
        assertEquals(List.of("Berkas ktp.pdf diterima."), DOCUMENTS.messages("info"));
        assertEquals(List.of("Pindaian KTP: berkas harus PDF, JPEG atau PNG"), DOCUMENTS.messages("error"));
        assertEquals("refused: Pindaian KTP: berkas harus PDF, JPEG atau PNG", DOCUMENTS.refusal("none"));
        assertEquals("none", new FacesPage("/", "<ul id=\"messages\"></ul>").refusal("none"));
    }

    @Test
    @DisplayName("a long refusal is cut, so refusals naming applicants do not make a kind each")
    void longRefusal() {
        String text = "x".repeat(200);
        assertEquals("refused: " + "x".repeat(90) + "…",
                new FacesPage("/", "<li class=\"error\">" + text + "</li>").refusal("none"));
    }

    @Test
    @DisplayName("an element's text by client id; has() sees ids only, not text")
    void text() {
        FacesPage done = new FacesPage("/pelamar/lamar.xhtml", "<p class=\"messages info\" id=\"submitted\">"
                + "Lamaran terkirim. <strong id=\"registrationNumber\">CPNS-2026-000123</strong></p>");
        assertEquals(Optional.of("CPNS-2026-000123"), done.text("registrationNumber"));
        assertEquals(Optional.empty(), done.text("review"));
        assertTrue(DOCUMENTS.has("ok-KTP"));
        assertFalse(DOCUMENTS.has("ok-IJAZAH"));
        assertFalse(DOCUMENTS.has("Unggah"));
    }

    @Test
    @DisplayName("options of the named select, its empty choice left out, other selects not mixed in")
    void options() {
        FacesPage step1 = new FacesPage("/pelamar/lamar.xhtml", """
                <select id="period" name="period" size="1" data-submit-with="choosePeriod">
                <option value="" selected="selected">–</option>
                <option value="CPNS-2026">Seleksi CPNS 2026</option></select>
                <select id="formation" name="formation" size="1"><option value="">–</option>
                <option value="BKD-ANALIS-SDM-01">BKD-ANALIS-SDM-01 – Analis</option>
                <option value="DINKES-PERAWAT-01">DINKES-PERAWAT-01 – Perawat</option></select>
                """);
        assertEquals(List.of("CPNS-2026"), step1.options("period"));
        assertEquals(List.of("BKD-ANALIS-SDM-01", "DINKES-PERAWAT-01"), step1.options("formation"));
        assertEquals(List.of(), step1.options("sex"));
    }
}
