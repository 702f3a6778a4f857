package id.sofifi.asn.oversight.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.application.JobLauncher;
import id.sofifi.asn.oversight.domain.ImportedComplaint;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Map;

/**
 * Cases forwarded from SP4N-LAPOR! in bulk: the CSV is stored, its header checked before any row, then the
 * {@code complaint-import} batch job makes the rows cases that keep their tracking code and time of receipt.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ComplaintImportService {
    static final String JOB = "complaint-import";

    @Inject
    JobLauncher jobs;

    @Resource
    SessionContext session;

    /** Starts the import; answers the job execution id. */
    public long start(InputStream csv) {
        return jobs.startCsvImport(JOB, ImportedComplaint.COLUMNS, csv,
                Map.of("requestedBy", session.getCallerPrincipal().getName()));
    }
}
