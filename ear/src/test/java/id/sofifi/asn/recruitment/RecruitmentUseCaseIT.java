package id.sofifi.asn.recruitment;

import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.privacy.domain.SealedNik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.application.FormationService;
import id.sofifi.asn.recruitment.application.FormationView;
import id.sofifi.asn.recruitment.application.PeriodView;
import id.sofifi.asn.recruitment.application.SelectionPeriodService;
import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.FormationDetails;
import id.sofifi.asn.recruitment.domain.FormationFilter;
import id.sofifi.asn.recruitment.domain.PeriodDetails;
import id.sofifi.asn.recruitment.domain.ProcurementType;
import id.sofifi.asn.system.AsAdministrator;
import id.sofifi.asn.system.SystemTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Recruitment use cases called inside the deployed application, on EclipseLink and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class RecruitmentUseCaseIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest.earWithTests(
                ShrinkWrap.create(WebArchive.class, "system-tests.war").addClass(RecruitmentUseCaseIT.class));
    }

    @EJB(lookup = "java:app/ejb/SelectionPeriodService")
    SelectionPeriodService periods;

    @EJB(lookup = "java:app/ejb/FormationService")
    FormationService formations;

    @EJB
    AsAdministrator admin;

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private PeriodView newPeriod() throws Exception {
        String code = SystemTest.unique("UC");
        return admin
                .call(() -> periods.create(new PeriodDetails(code, "Seleksi uji use case", 2027, ProcurementType.PPPK,
                        Instant.parse("2027-04-01T00:00:00Z"), Instant.parse("2027-04-30T00:00:00Z"), 5)));
    }

    @Test
    @DisplayName("The persistence provider in use is EclipseLink, on PostgreSQL")
    void eclipseLinkOnPostgres() {
        assertTrue(em.getEntityManagerFactory().getClass().getName().startsWith("org.eclipse.persistence"),
                em.getEntityManagerFactory().getClass().getName());
        assertTrue(em.getDelegate().getClass().getName().startsWith("org.eclipse.persistence"),
                em.getDelegate().getClass().getName());
        String version = (String) em.createNativeQuery("SELECT version()").getSingleResult();
        assertTrue(version.startsWith("PostgreSQL 17"), version);
    }

    @Test
    @DisplayName("Flyway applied the migrations: its history is in the database")
    void flywayHistoryPresent() {
        Object versions = em.createNativeQuery(
                "SELECT string_agg(version, ',' ORDER BY installed_rank) FROM flyway_schema_history WHERE success")
                .getSingleResult();
        assertTrue(java.util.List.of(String.valueOf(versions).split(",")).contains("1"), "applied: " + versions);
    }

    @Test
    @DisplayName("The batch job repository (JBeret) keeps its tables in the same PostgreSQL, not in memory")
    void jobRepositoryInPostgres() {
        Number tables = (Number) em
                .createNativeQuery("SELECT COUNT(*) FROM information_schema.tables"
                        + " WHERE lower(table_name) IN ('job_instance', 'job_execution', 'step_execution')")
                .getSingleResult();
        assertEquals(3, tables.intValue());
    }

    @Test
    @DisplayName("Creating a period and formations through the use cases stores and finds them")
    void createPeriodAndFormations() throws Exception {
        PeriodView period = newPeriod();
        assertEquals(ProcurementType.PPPK, period.type());
        assertEquals(5, period.objectionDays());
        assertEquals(65, period.thresholds().generalTwk());

        FormationView nurse = admin.call(() -> formations.create(period.code(), new FormationDetails("RSUD-NERS-01",
                "Perawat Ahli Pertama", "RSUD", "S-1 Keperawatan", FormationCategory.GENERAL, 3)));
        admin.call(() -> formations.create(period.code(), new FormationDetails("BKD-ARSIP-01", "Arsiparis Terampil",
                "BKD", "D-III Kearsipan", FormationCategory.PAPUA, 1)));
        assertEquals("RSUD Sofifi", nurse.workUnitName());

        var found = formations.search(new FormationFilter(period.code(), null, null, null, "perawat"),
                PageRequest.of(0, 10));
        assertEquals(1, found.total());
        assertEquals("RSUD-NERS-01", found.items().get(0).code());
        assertEquals(2, formations
                .search(new FormationFilter(period.code(), null, null, null, null), PageRequest.of(0, 10)).total());
    }

    @Test
    @DisplayName("Duplicate codes and invalid details are refused, all invalid fields at once")
    void refusals() throws Exception {
        PeriodView period = newPeriod();
        assertThrows(ConflictException.class, () -> admin.call(() -> periods.create(period.details())));
        ValidationFailure failure = assertThrows(ValidationFailure.class, () -> admin
                .call(() -> formations.create(period.code(), new FormationDetails("", "X", "BKD", "S-1", null, 0))));
        assertEquals("category,code,position,quota",
                failure.violations().stream().map(Violation::field).sorted().collect(Collectors.joining(",")));
    }

    @Test
    @DisplayName("Without the ADMIN role the use case refuses; reading stays public")
    void rolesAreEnforced() throws Exception {
        PeriodView period = newPeriod();
        assertThrows(EJBAccessException.class, () -> periods.create(period.details()));
        assertEquals(period.code(), periods.find(period.code()).code());
    }

    @Test
    @DisplayName("A stale version is refused instead of overwriting a newer change")
    void staleVersionIsConflict() throws Exception {
        PeriodView period = newPeriod();
        PeriodDetails d = period.details();
        PeriodDetails renamed = new PeriodDetails(d.code(), "Nama diubah petugas pertama", d.year(), d.type(),
                d.registrationOpens(), d.registrationCloses(), d.objectionDays());
        admin.call(() -> periods.revise(period.code(), period.version(), renamed));
        ConflictException stale = assertThrows(ConflictException.class,
                () -> admin.call(() -> periods.revise(period.code(), period.version(), period.details())));
        assertEquals("conflict.staleVersion", stale.messageKey());
    }

    @Test
    @DisplayName("A formation with applications cannot be deleted; without, it can, and then its period too")
    void deletionOnlyWithoutApplications() throws Exception {
        PeriodView period = newPeriod();
        FormationView taken = admin.call(() -> formations.create(period.code(), new FormationDetails("DPUPR-SIPIL-01",
                "Teknik Jalan", "DPUPR", "S-1 Teknik Sipil", FormationCategory.GENERAL, 1)));
        FormationView free = admin.call(() -> formations.create(period.code(), new FormationDetails("DPUPR-SIPIL-02",
                "Teknik Jembatan", "DPUPR", "S-1 Teknik Sipil", FormationCategory.GENERAL, 1)));
        SealedNik nik = SealedNik.of(new Nik("8272045203900001"));
        transaction.begin();
        em.joinTransaction();
        em.createNativeQuery("INSERT INTO application (registration_number, formation_id, submitted_at, period_id,"
                + " fiscal_year, " + SealedNik.COLUMNS + ", full_name, birth_date, sex, education, gpa, source, status)"
                + " SELECT ?1, f.id, now(), p.id, p.fiscal_year, ?3, ?4, ?5, 'Siti', DATE '1990-03-12', 'F',"
                + " 'S-1 Teknik Sipil', 3.5, 'IMPORT', 'SUBMITTED' FROM formation f JOIN selection_period p"
                + " ON p.id = f.period_id WHERE f.code = 'DPUPR-SIPIL-01' AND p.code = ?2")
                .setParameter(1, SystemTest.unique("REG")).setParameter(2, period.code()).setParameter(3, nik.hash())
                .setParameter(4, nik.sealed()).setParameter(5, nik.keyId()).executeUpdate();
        transaction.commit();

        ConflictException inUse = assertThrows(ConflictException.class,
                () -> admin.run(() -> formations.delete(period.code(), taken.code(), taken.version())));
        assertEquals("formation.hasApplications", inUse.messageKey());
        ConflictException hasFormations = assertThrows(ConflictException.class,
                () -> admin.run(() -> periods.delete(period.code(), periods.find(period.code()).version())));
        assertEquals("period.hasFormations", hasFormations.messageKey());

        admin.run(() -> formations.delete(period.code(), free.code(), free.version()));
        assertEquals(1, formations
                .search(new FormationFilter(period.code(), null, null, null, null), PageRequest.of(0, 10)).total());
    }
}
