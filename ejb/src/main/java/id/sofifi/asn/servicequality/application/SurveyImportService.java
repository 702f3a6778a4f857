package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.application.JobLauncher;
import id.sofifi.asn.servicequality.domain.PaperResponse;
import id.sofifi.asn.servicequality.domain.ServiceUnit;
import id.sofifi.asn.servicequality.domain.ServiceUnitRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Map;

/**
 * Paper survey forms entered in bulk (API-CONTRACT {@code survey-imports}): the unit must exist, the CSV is stored
 * and its header checked before any row (a wrong file is refused whole, with the reason), then the
 * {@code survey-import} batch job checks and stores the rows.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SurveyImportService {
    static final String JOB = "survey-import";

    @Inject
    ServiceUnitRepository units;

    @Inject
    JobLauncher jobs;

    @Resource
    SessionContext session;

    /** Starts the import of the unit's paper forms; answers the job execution id. */
    public long start(String serviceUnitCode, InputStream csv) {
        ServiceUnit unit = units.require(serviceUnitCode);
        return jobs.startCsvImport(JOB, PaperResponse.COLUMNS, csv, Map.of("requestedBy",
                session.getCallerPrincipal().getName(), "serviceUnitId", String.valueOf(unit.id())));
    }
}
