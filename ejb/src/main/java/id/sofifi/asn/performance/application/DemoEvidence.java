package id.sofifi.asn.performance.application;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import id.sofifi.asn.performance.domain.Assessment;
import id.sofifi.asn.performance.domain.Evidence;
import id.sofifi.asn.performance.domain.EvidenceRepository;
import id.sofifi.asn.platform.application.PdfStyle;
import id.sofifi.asn.platform.documents.DocumentInspector;
import id.sofifi.asn.platform.documents.DocumentStore;
import id.sofifi.asn.platform.documents.InspectedDocument;
import id.sofifi.asn.platform.documents.UploadLimit;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Instant;

/**
 * A demo assessment's evidence: a one-page activity report as PDF, taken in through the same inspection and store as
 * an official's upload, so the demo shows a downloadable file on the assessment.
 */
@Dependent
class DemoEvidence {
    @Inject
    DocumentStore store;

    @Inject
    EvidenceRepository evidence;

    void attach(Assessment assessment, String officialNip, Instant at) {
        InspectedDocument document = new DocumentInspector(UploadLimit.maxBytes()).inspect("evidence",
                report(assessment));
        store.put(document.sha256(), document.content());
        evidence.add(new Evidence(assessment, "laporan-kegiatan-" + assessment.year() + ".pdf",
                document.type().mediaType(), document.size(), document.sha256(), officialNip, at));
    }

    private static byte[] report(Assessment assessment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document();
        PdfWriter.getInstance(pdf, out);
        pdf.open();
        pdf.add(new Paragraph("Laporan kegiatan " + assessment.year(),
                PdfStyle.font("Helvetica-Bold", 14, PdfStyle.INK)));
        pdf.add(new Paragraph(
                "NIP " + assessment.nip().strip() + ": tugas jabatan terlaksana 100 %, laporan kinerja"
                        + " triwulanan tersusun tepat waktu (data contoh).",
                PdfStyle.font("Helvetica", 11, PdfStyle.INK)));
        pdf.close();
        return out.toByteArray();
    }
}
