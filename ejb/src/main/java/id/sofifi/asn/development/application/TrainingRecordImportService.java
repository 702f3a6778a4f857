package id.sofifi.asn.development.application;

import id.sofifi.asn.development.domain.ImportedTrainingRecord;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.application.JobLauncher;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Map;

/**
 * Import of completed trainings that partners report (riwayat pelatihan): the CSV is stored, its header checked
 * before any row (a wrong file is refused whole, with the reason), then the {@code training-record-import} batch
 * job does the rows, which then count in the employees' JP ledgers.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
public class TrainingRecordImportService {
    static final String JOB = "training-record-import";

    @Inject
    JobLauncher jobs;

    @Resource
    SessionContext session;

    /** Starts the import; answers the job execution id. */
    public long start(InputStream csv) {
        return jobs.startCsvImport(JOB, ImportedTrainingRecord.COLUMNS, csv,
                Map.of("requestedBy", session.getCallerPrincipal().getName()));
    }
}
