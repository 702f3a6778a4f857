package id.sofifi.asn.recruitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.recruitment.application.ApplicationImportService;
import id.sofifi.asn.recruitment.application.FormationService;
import id.sofifi.asn.recruitment.application.SelectionPeriodService;
import id.sofifi.asn.recruitment.application.VerificationService;
import id.sofifi.asn.recruitment.domain.AdministrationResult;
import id.sofifi.asn.recruitment.domain.Application;
import id.sofifi.asn.recruitment.domain.ExternalResults;
import id.sofifi.asn.recruitment.domain.ExternalResults.ExternalResult;
import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.FormationDetails;
import id.sofifi.asn.recruitment.domain.ImportedApplication;
import id.sofifi.asn.recruitment.domain.PeriodDetails;
import id.sofifi.asn.recruitment.domain.ProcurementType;
import id.sofifi.asn.recruitment.domain.UnmetRequirement;
import id.sofifi.asn.system.AsAdministrator;
import id.sofifi.asn.system.AsSupervisor;
import id.sofifi.asn.system.AsVerifier;
import id.sofifi.asn.system.SystemTest;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A result decided by the exporting system, imported over an application a verifier has already
 * proposed a verdict for: inside the deployed application, with the real import job.
 */
@ExtendWith(ArquillianExtension.class)
class ImportedResultIT {
    private static final String HEADER = String.join(",", ImportedApplication.COLUMNS);
    private static final LocalDate BIRTH = LocalDate.of(1996, 2, 3);
    private static final String STATE = "SELECT a.status, a.decided_by, a.decided_at, a.proposed_result,"
            + " a.proposed_by, a.proposed_at, a.version, (SELECT count(*) FROM application_unmet_requirement u"
            + " WHERE u.application_id = a.id), e.step, e.note, e.occurred_at FROM application a"
            + " JOIN application_event e ON e.application_id = a.id WHERE a.registration_number = ?1"
            + " ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1";

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest.earWithTests(ShrinkWrap.create(WebArchive.class, "system-tests.war")
                .addClasses(ImportedResultIT.class, AsVerifier.class, AsSupervisor.class));
    }

    @EJB(lookup = "java:app/ejb/ApplicationImportService")
    ApplicationImportService imports;

    @EJB(lookup = "java:app/ejb/VerificationService")
    VerificationService verification;

    @EJB(lookup = "java:app/ejb/SelectionPeriodService")
    SelectionPeriodService periods;

    @EJB(lookup = "java:app/ejb/FormationService")
    FormationService formations;

    @EJB
    AsAdministrator admin;

    @EJB
    AsVerifier verifier;

    @EJB
    AsSupervisor supervisor;

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/AsnDS")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @Test
    @DisplayName("Issue 9 defect: an imported MS/TMS over a pending proposal records who decided and when,"
            + " withdraws the proposal, and a supervisor can no longer confirm over it")
    void importedResultOverPendingProposal() throws Exception {
        String period = period(2036);
        String number = period + "-1";
        String row = number + "," + SystemTest.nik("827202", BIRTH, false, 1)
                + ",Rizal Galela,1996-02-03,M,F-1,S-1 Hukum,3.30,,";
        assertEquals(BatchStatus.COMPLETED, importRows(period, row));
        proposeTms(number);

        long job = admin.call(() -> imports.start(period, csv(row + "MS")));
        assertEquals(BatchStatus.COMPLETED, await(job));

        Object[] state = state(number);
        assertEquals("MS", state[0]);
        assertEquals(BatchRuntime.getJobOperator().getParameters(job).getProperty("requestedBy"), state[1],
                "decided by the one who imported the result");
        assertNotNull(state[2], "decided at");
        assertEquals(Arrays.asList(null, null, null), Arrays.asList(state[3], state[4], state[5]), "proposal");
        assertEquals(0L, ((Number) state[7]).longValue(), "reasons of the withdrawn proposal");
        assertEquals(List.of("VERIFIED_MS", Application.EXTERNAL_RESULT_NOTE), List.of(state[8], state[9]));
        long decidedVersion = ((Number) state[6]).longValue();
        ConflictException refused = assertThrows(ConflictException.class,
                () -> supervisor.call(() -> verification.confirm(number, decidedVersion)));
        assertEquals("verification.alreadyDecided", refused.messageKey());
    }

    @Test
    @DisplayName("Issue 9: the import's set-based statement and Application.recordExternalResult leave the same state")
    void statementAndEntityAgree() throws Exception {
        String period = period(2037);
        String byEntity = period + "-E";
        String byStatement = period + "-S";
        assertEquals(BatchStatus.COMPLETED,
                importRows(period,
                        byEntity + "," + SystemTest.nik("827202", BIRTH, true, 2)
                                + ",Entitas,1996-02-03,F,F-1,S-1 Hukum,3.10,,",
                        byStatement + "," + SystemTest.nik("827202", BIRTH, true, 3)
                                + ",Pernyataan,1996-02-03,F,F-1,S-1 Hukum,3.10,,"));
        proposeTms(byEntity);
        proposeTms(byStatement);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        transaction.begin();
        em.joinTransaction();
        em.createQuery("SELECT a FROM Application a WHERE a.registrationNumber = :n", Application.class)
                .setParameter("n", byEntity).getSingleResult()
                .recordExternalResult(AdministrationResult.MS, "import-it", now);
        transaction.commit();

        transaction.begin();
        long id = ((Number) em.createNativeQuery("SELECT id FROM application WHERE registration_number = ?1")
                .setParameter(1, byStatement).getSingleResult()).longValue();
        try (Connection c = dataSource.getConnection()) {
            List<ExternalResult> results = List.of(new ExternalResult(id, AdministrationResult.MS));
            assertEquals(1, ExternalResults.record(c, results, "import-it", now));
            assertEquals(0, ExternalResults.record(c, results, "import-again", now.plusSeconds(1)), "idempotent");
        }
        transaction.commit();

        assertEquals(Arrays.asList(state(byEntity)), Arrays.asList(state(byStatement)));
    }

    /** A period of its own (a fiscal year no other test uses) with one formation F-1. */
    private String period(int year) throws Exception {
        String code = SystemTest.unique("IMR");
        admin.call(() -> periods.create(new PeriodDetails(code, "Impor hasil uji", year, ProcurementType.CPNS,
                Instant.parse(year + "-03-01T00:00:00Z"), Instant.parse(year + "-03-31T00:00:00Z"), 3)));
        admin.call(() -> formations.create(code,
                new FormationDetails("F-1", "Analis", "BKD", "S-1 Hukum", FormationCategory.GENERAL, 2)));
        return code;
    }

    private BatchStatus importRows(String period, String... rows) throws Exception {
        return await(admin.call(() -> imports.start(period, csv(rows))));
    }

    private void proposeTms(String number) throws Exception {
        long version = verifier.call(() -> verification.detail(number)).version();
        verifier.call(() -> verification.propose(number, version, AdministrationResult.TMS,
                List.of(new UnmetRequirement("KTP", "KTP tidak terbaca"))));
    }

    private static ByteArrayInputStream csv(String... rows) {
        return new ByteArrayInputStream(
                (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static BatchStatus await(long execution) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            BatchStatus status = BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
            if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + execution + " still running after a minute");
    }

    /** Status, decision, proposal, version, number of reasons and the newest timeline step. */
    private Object[] state(String number) {
        Object[] state = (Object[]) em.createNativeQuery(STATE).setParameter(1, number).getSingleResult();
        return Arrays.stream(state).map(v -> v instanceof Number n ? (Object) n.longValue() : v).toArray();
    }
}
