package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.application.JobLauncher;
import id.sofifi.asn.recruitment.domain.ImportedApplication;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Map;

/**
 * Import of applications from another registration system's export: the CSV is stored, its header
 * checked before any row (a wrong file is refused whole, with the reason), then the
 * {@code application-import} batch job does the rows.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.OPERATOR_NAME})
public class ApplicationImportService {
    static final String JOB = "application-import";

    @Inject
    SelectionPeriodRepository periods;

    @Inject
    JobLauncher jobs;

    @Resource
    SessionContext session;

    /** Starts the import; answers the job execution id. */
    public long start(String periodCode, InputStream csv) {
        String period = periods.byCode(periodCode).code();
        return jobs.startCsvImport(JOB, ImportedApplication.COLUMNS, csv,
                Map.of("period", period, "requestedBy", session.getCallerPrincipal().getName()));
    }
}
