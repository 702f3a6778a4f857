package id.sofifi.asn.selection.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.application.JobLauncher;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import id.sofifi.asn.selection.domain.ImportedSkbScore;
import id.sofifi.asn.selection.domain.ImportedSkdScore;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SKD and SKB results from CAT BKN and the SKB organisers, imported by the batch jobs of the same names. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.OPERATOR_NAME})
public class ScoreImportService {
    static final String SKD_JOB = "skd-score-import";
    static final String SKB_JOB = "skb-score-import";
    /** A larger chunk holds more rows in one transaction than the measurement found useful. */
    private static final int MAX_CHUNK = 50_000;

    @Inject
    SelectionPeriodRepository periods;

    @Inject
    JobLauncher jobs;

    @Resource
    SessionContext session;

    /** Starts the SKD import; {@code chunk} (rows per transaction) may be null for the measured default. */
    public long startSkd(String periodCode, InputStream csv, Integer chunk) {
        return start(SKD_JOB, ImportedSkdScore.COLUMNS, periodCode, csv, chunk);
    }

    public long startSkb(String periodCode, InputStream csv, Integer chunk) {
        return start(SKB_JOB, ImportedSkbScore.COLUMNS, periodCode, csv, chunk);
    }

    private long start(String job, List<String> columns, String periodCode, InputStream csv, Integer chunk) {
        String period = periods.byCode(periodCode).code();
        new Violations().range(chunk == null ? MAX_CHUNK : chunk, "chunk", 1, MAX_CHUNK).throwIfAny();
        Map<String, String> parameters = new HashMap<>(
                Map.of("period", period, "requestedBy", session.getCallerPrincipal().getName()));
        if (chunk != null) {
            parameters.put("chunk", chunk.toString());
        }
        return jobs.startCsvImport(job, columns, csv, parameters);
    }
}
