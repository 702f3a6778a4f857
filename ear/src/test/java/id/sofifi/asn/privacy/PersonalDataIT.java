package id.sofifi.asn.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.platform.application.HashedFiles;
import id.sofifi.asn.platform.documents.DocumentStore;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.privacy.application.PersonQuery;
import id.sofifi.asn.privacy.application.PersonalDataAccess;
import id.sofifi.asn.privacy.application.PersonalDataAccessService;
import id.sofifi.asn.privacy.domain.SealedNik;
import id.sofifi.asn.recruitment.application.ApplicantAccountService;
import id.sofifi.asn.recruitment.application.ApplicationView;
import id.sofifi.asn.recruitment.application.DocumentRetentionSweep;
import id.sofifi.asn.recruitment.application.FormationService;
import id.sofifi.asn.recruitment.application.SelectionPeriodService;
import id.sofifi.asn.recruitment.application.VerificationService;
import id.sofifi.asn.recruitment.domain.ApplicantDetails;
import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.FormationDetails;
import id.sofifi.asn.recruitment.domain.PeriodDetails;
import id.sofifi.asn.recruitment.domain.ProcurementType;
import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.system.AsAdministrator;
import id.sofifi.asn.system.AsVerifier;
import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.SystemTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ASN-RULES §6 end to end: NIKs are stored so that a dump reveals none, yet found, kept unique and shown to the
 * verifier; each read is recorded and reported by NIK, registration number or NIP; documents of a period whose
 * retention ended are deleted, recorded and said so on the application.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {
    private static final String N1 = "8272045203900001";
    /** A NIK standing alone: 16 digits, no digit either side (an 18-digit NIP is not one). */
    private static final Pattern NIK_SHAPED = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest.earWithTests(ShrinkWrap.create(WebArchive.class, "system-tests.war")
                .addClasses(PersonalDataIT.class, AsAdministrator.class, AsVerifier.class));
    }

    @EJB(lookup = "java:app/ejb/VerificationService")
    VerificationService verification;

    @EJB(lookup = "java:app/ejb/ApplicantAccountService")
    ApplicantAccountService accounts;

    @EJB(lookup = "java:app/ejb/PersonalDataAccessService")
    PersonalDataAccessService access;

    @EJB(lookup = "java:app/ejb/SelectionPeriodService")
    SelectionPeriodService periods;

    @EJB(lookup = "java:app/ejb/FormationService")
    FormationService formations;

    @EJB(lookup = "java:app/ejb/DocumentRetentionSweep")
    DocumentRetentionSweep retention;

    @EJB
    AsAdministrator admin;

    @EJB
    AsVerifier verifier;

    @Inject
    DocumentStore store;

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/AsnDS")
    DataSource dataSource;

    @Test
    @DisplayName("§6 N1: no table holds a NIK, yet the NIK is found, stays unique and the verifier sees it in full")
    void nikAtRest() throws Exception {
        String number = SystemTest.unique("PDP");
        String nik = SystemTest.nik("717101", LocalDate.of(1996, 5, 4), false, (int) (System.nanoTime() % 9000) + 1);
        insertApplication(number, nik, "CPNS-" + Year.now().getValue(), "BKD-ANALIS-SDM-01");

        for (String table : List.of("applicant", "application", "employee")) {
            String dump = (String) em.createNativeQuery("SELECT string_agg(t::text, E'\\n') FROM " + table + " t")
                    .getSingleResult();
            assertFalse(NIK_SHAPED.matcher(dump).find(), table + " holds a 16-digit number");
            assertEquals(0L,
                    ((Number) em
                            .createNativeQuery("SELECT COUNT(*) FROM information_schema.columns"
                                    + " WHERE table_name = ?1 AND column_name = 'nik'")
                            .setParameter(1, table).getSingleResult()).longValue(),
                    table + " still has a nik column");
        }
        List<?> employeeNiks = em.createQuery("SELECT e FROM Employee e", Object.class).setMaxResults(5)
                .getResultList();
        assertFalse(employeeNiks.isEmpty(), "the demo employees are there to look at");

        ConflictException taken = assertThrows(ConflictException.class,
                () -> accounts.register(
                        new ApplicantDetails(N1, "Siti Rahma", LocalDate.of(1990, 3, 12), Sex.F,
                                SystemTest.unique("pdp") + "@example.test", "081234567890"),
                        "rahasia123".toCharArray(), "rahasia123".toCharArray(), "http://localhost/konfirmasi.xhtml"));
        assertEquals("applicant.nikTaken", taken.messageKey(), "the demo applicant's NIK is found by its hash");
        assertThrows(Exception.class,
                () -> insertApplication(SystemTest.unique("PDP"), nik, "CPNS-" + Year.now().getValue(),
                        "BKD-ANALIS-SDM-01"),
                "one application per NIK and fiscal year, by the database's key on the hash");

        ApplicationView seen = verifier.call(() -> verification.detail(number));
        assertEquals(new Nik(nik).masked(), seen.maskedNik());
        assertEquals(nik, verifier.call(() -> verification.revealNik(number)), "the verification screen shows it");

        List<PersonalDataAccess> byNik = admin
                .call(() -> access.reads(new PersonQuery(nik, null, null), PageRequest.of(0, 50))).items();
        assertEquals(List.of("nik.shown", "application.detail"), byNik.stream().map(PersonalDataAccess::what).toList());
        assertTrue(byNik.stream().allMatch(r -> r.actor().equals("verifikator-it") && r.subjectKey().equals(number)));
        assertEquals(2,
                admin.call(() -> access.reads(new PersonQuery(null, number, null), PageRequest.of(0, 50))).total(),
                "the same reads by registration number");
        ValidationFailure badNik = assertThrows(ValidationFailure.class,
                () -> admin.call(() -> access.reads(new PersonQuery("82720452", null, null), PageRequest.of(0, 5))));
        assertEquals("nik", badNik.violations().get(0).field());
    }

    @Test
    @DisplayName("§6: a period past its retention loses its applicants' documents, each deletion recorded and shown")
    void retention() throws Exception {
        String code = SystemTest.unique("RET");
        admin.call(() -> periods.create(new PeriodDetails(code, "Seleksi uji retensi", 2021, ProcurementType.CPNS,
                Instant.parse("2021-03-01T00:00:00Z"), Instant.parse("2021-03-31T00:00:00Z"), 3)));
        admin.call(() -> formations.create(code,
                new FormationDetails("RET-01", "Analis", "BKD", "S-1 Hukum", FormationCategory.GENERAL, 1)));
        String number = code + "-1";
        insertApplication(number, SystemTest.nik("827201", LocalDate.of(1995, 2, 3), true, 4321), code, "RET-01");
        byte[] content = ("%PDF-1.4 retensi " + number + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String sha = HashedFiles.sha256(content);
        store.put(sha, content);
        transaction.begin();
        em.joinTransaction();
        em.createNativeQuery("INSERT INTO application_document (application_id, requirement_code, media_type,"
                + " size_bytes, sha256, original_name, uploaded_at) SELECT id, 'KTP', 'application/pdf', ?2, ?3,"
                + " 'ktp.pdf', now() FROM application WHERE registration_number = ?1").setParameter(1, number)
                .setParameter(2, content.length).setParameter(3, sha).executeUpdate();
        transaction.commit();

        long version = admin.call(() -> periods.find(code)).version();
        ValidationFailure early = assertThrows(ValidationFailure.class,
                () -> admin.call(() -> periods.retainDocumentsUntil(code, version, LocalDate.of(2021, 3, 30))));
        assertEquals("documentsRetainedUntil", early.violations().get(0).field());
        admin.call(() -> periods.retainDocumentsUntil(code, version, LocalDate.of(2021, 4, 30)));

        DocumentRetentionSweep.Result swept = admin.call(() -> retention.sweep());
        assertTrue(swept.ran());
        assertTrue(swept.documents() >= 1);
        ApplicationView after = verifier.call(() -> verification.detail(number));
        assertTrue(after.documents().isEmpty(), "the document row is gone");
        assertEquals("KTP", after.deletedDocuments().get(0).requirementCode());
        assertNotNull(after.deletedDocuments().get(0).deletedAt(), "the page says when it was deleted");
        assertFalse(store.contains(sha), "the file is gone");
        assertEquals(1L,
                ((Number) em
                        .createNativeQuery("SELECT COUNT(*) FROM audit_event"
                                + " WHERE action = 'documents.retentionDeleted' AND subject_key = ?1")
                        .setParameter(1, code).getSingleResult()).longValue());
        assertEquals(0L, admin.call(() -> retention.sweep()).documents(), "a second sweep finds nothing left");
    }

    @Test
    @RunAsClient
    @DisplayName("§6: GET /personal-data-access lists reads of the API with the caller's address; a bad NIK is a 400")
    void api() throws Exception {
        String number = SystemTest.unique("PDA");
        String nik = SystemTest.nik("717102", LocalDate.of(1994, 7, 8), false, (int) (System.nanoTime() % 9000) + 1);
        try (Connection c = EmbeddedDatabase.superuser(SystemTest.DB_PORT)) {
            insertApplication(c, number, nik, "CPNS-" + Year.now().getValue(), "BKD-ANALIS-SDM-01");
        }
        HttpResponse<String> read = SystemTest.send("GET", SystemTest.BASE_URL + "/api/v1/applications/" + number,
                SystemTest.ADMIN_TOKEN, null);
        assertEquals(200, read.statusCode(), read.body());
        assertFalse(read.body().contains(nik), "the API answers the NIK masked");

        HttpResponse<String> report = SystemTest.send("GET",
                SystemTest.BASE_URL + "/api/v1/personal-data-access?nik=" + nik, SystemTest.ADMIN_TOKEN, null);
        assertEquals(200, report.statusCode(), report.body());
        JsonObject row = SystemTest.object(report).getJsonArray("items").getJsonObject(0);
        assertEquals("application.read", row.getString("what"));
        assertEquals(number, row.getString("subject"));
        assertFalse(row.getString("remoteAddress").isBlank(), "from which address");

        HttpResponse<String> bad = SystemTest.send("GET",
                SystemTest.BASE_URL + "/api/v1/personal-data-access?nik=12345", SystemTest.ADMIN_TOKEN, null);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(bad.body().contains("nik"), bad.body());
        assertEquals(403, SystemTest.send("GET", SystemTest.BASE_URL + "/api/v1/personal-data-access?nik=" + nik,
                "demo-agency-token-bkn", null).statusCode(), "administrators only");
    }

    private static final String INSERT_APPLICATION = "INSERT INTO application (registration_number, formation_id,"
            + " submitted_at, period_id, fiscal_year, " + SealedNik.COLUMNS + ", full_name, birth_date, sex, education,"
            + " gpa, source, status) SELECT ?, f.id, now(), p.id, p.fiscal_year, ?, ?, ?, 'Peserta Uji PDP',"
            + " DATE '1996-05-04', 'M', 'S-1 Hukum', 3.1, 'IMPORT', 'SUBMITTED' FROM formation f"
            + " JOIN selection_period p ON p.id = f.period_id WHERE p.code = ? AND f.code = ?";

    /** An application written by SQL with its NIK sealed as the server seals it, on {@code c} (in or out). */
    static void insertApplication(Connection c, String number, String nik, String period, String formation)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT_APPLICATION)) {
            insert.setString(1, number);
            SystemTest.bindNik(insert, 2, nik);
            insert.setString(5, period);
            insert.setString(6, formation);
            assertEquals(1, insert.executeUpdate(), "formation " + formation + " of " + period);
        }
    }

    private void insertApplication(String number, String nik, String period, String formation) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            insertApplication(c, number, nik, period, formation);
        }
    }
}
