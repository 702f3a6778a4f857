package id.sofifi.asn.performance.domain;

import id.sofifi.asn.audit.domain.AuditChain;
import java.util.List;

/**
 * The SHA-256 a published report is frozen with: over each unit's figures as stored (JSON, in the report's order),
 * then the SHA-256 of the PDF and of the XLSX, one per line. Changing a figure, reordering the units or replacing a
 * file changes it.
 */
public final class ReportDigest {
    private ReportDigest() {
    }

    public static String of(List<String> figures, ReportFile pdf, ReportFile xlsx) {
        StringBuilder text = new StringBuilder();
        figures.forEach(f -> text.append(f).append('\n'));
        text.append(pdf.sha256()).append('\n').append(xlsx.sha256());
        return AuditChain.sha256(text.toString());
    }
}
