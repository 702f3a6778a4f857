package id.sofifi.asn.selection.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.application.JobLauncher;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import id.sofifi.asn.selection.domain.ImportedSkbScore;
import id.sofifi.asn.selection.domain.ImportedSkdScore;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** SKD and SKB results from CAT BKN and the SKB organisers, imported by the batch jobs of the same names. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.OPERATOR_NAME})
public class ScoreImportService {
    static final String SKD_JOB = "skd-score-import";
    static final String SKB_JOB = "skb-score-import";

    @Inject
    SelectionPeriodRepository periods;
    @Inject
    JobLauncher jobs;
    @Resource
    SessionContext session;

    public long startSkd(String periodCode, InputStream csv) {
        return start(SKD_JOB, ImportedSkdScore.COLUMNS, periodCode, csv);
    }

    public long startSkb(String periodCode, InputStream csv) {
        return start(SKB_JOB, ImportedSkbScore.COLUMNS, periodCode, csv);
    }

    private long start(String job, List<String> columns, String periodCode, InputStream csv) {
        String period = periods.findByCode(periodCode)
                .orElseThrow(() -> new NotFoundException("period.notFound", periodCode)).code();
        return jobs.startCsvImport(job, columns, csv,
                Map.of("period", period, "requestedBy", session.getCallerPrincipal().getName()));
    }
}
