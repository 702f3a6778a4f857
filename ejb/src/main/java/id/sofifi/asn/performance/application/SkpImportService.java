package id.sofifi.asn.performance.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.application.JobLauncher;
import id.sofifi.asn.performance.domain.ImportedAssessment;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Map;

/**
 * Import of assessments from another appraisal system (API-CONTRACT {@code skp-imports}): the CSV is stored, its
 * header checked before any row (a wrong file is refused whole, with the reason), then the {@code skp-import} batch
 * job checks and stores the rows.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SkpImportService {
    static final String JOB = "skp-import";

    @Inject
    JobLauncher jobs;

    @Resource
    SessionContext session;

    /** Starts the import; answers the job execution id. */
    public long start(InputStream csv) {
        return jobs.startCsvImport(JOB, ImportedAssessment.COLUMNS, csv,
                Map.of("requestedBy", session.getCallerPrincipal().getName()));
    }
}
