package id.sofifi.asn.workforce.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.application.JobLauncher;
import id.sofifi.asn.workforce.domain.ImportedEmployee;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Map;

/**
 * Import of the existing workforce from the personnel system's export: the CSV is stored, its header checked
 * before any row (a wrong file is refused whole, with the reason), then the {@code employee-import} batch job
 * does the rows.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class EmployeeImportService {
    static final String JOB = "employee-import";

    @Inject
    JobLauncher jobs;

    @Resource
    SessionContext session;

    /** Starts the import; answers the job execution id. */
    public long start(InputStream csv) {
        return jobs.startCsvImport(JOB, ImportedEmployee.COLUMNS, csv,
                Map.of("requestedBy", session.getCallerPrincipal().getName()));
    }
}
