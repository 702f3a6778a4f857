package id.sofifi.asn.development;

import id.sofifi.asn.privacy.domain.SealedNik;
import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.AGENCY_TOKEN;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.development.application.ReminderService;
import id.sofifi.asn.system.AsAdministrator;
import id.sofifi.asn.system.SystemTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
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
 * The Latsar and JP reminders (ASN-RULES §4) sent inside the deployed application for a fixed day, so the test does
 * not depend on the date it runs: the outbox gets one mail per due reminder, a second run none, a later day the
 * next window. The day lies in 2030, so the reminders of the real today (the API call) never touch these employees.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderIT {
    private static final LocalDate TODAY = LocalDate.parse("2030-11-15");
    private static final LocalDate BIRTH = LocalDate.of(1991, 1, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest
                .earWithTests(ShrinkWrap.create(WebArchive.class, "system-tests.war").addClass(ReminderIT.class));
    }

    @EJB(lookup = "java:app/ejb/ReminderService")
    ReminderService reminders;

    @EJB
    AsAdministrator admin;

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** A CPNS whose Latsar is due {@code days} after {@link #TODAY}: TMT is the day after the due date, a year back. */
    private String cpnsDueIn(int days, int serial) throws Exception {
        return employee("CPNS", TODAY.plusDays(days + 1).minusYears(1), serial);
    }

    private String employee(String type, LocalDate tmt, int serial) throws Exception {
        return employee(type, tmt, serial, null);
    }

    /** An employee placed in the unit {@code unitId} (null: the first unit). */
    private String employee(String type, LocalDate tmt, int serial, Long unitId) throws Exception {
        String nip = "19910101" + "%04d%02d".formatted(tmt.getYear(), tmt.getMonthValue()) + "2"
                + "%03d".formatted(serial);
        SealedNik nik = SystemTest.sealedNik("827203", BIRTH, true, serial);
        transaction.begin();
        em.createNativeQuery("INSERT INTO employee (nip, " + SealedNik.COLUMNS + ", full_name, birth_date, sex,"
                + " employment_type, appointed_on, position, work_unit_id, email, created_at) VALUES (?1, ?2, ?9, ?10,"
                + " ?3, ?4, 'F', ?5, ?6,"
                + " 'Analis SDM', COALESCE(CAST(?8 AS bigint), (SELECT min(id) FROM work_unit)), ?7," + " now())")
                .setParameter(1, nip).setParameter(2, nik.hash()).setParameter(9, nik.sealed())
                .setParameter(10, nik.keyId()).setParameter(3, "Pegawai " + serial).setParameter(4, BIRTH)
                .setParameter(5, type).setParameter(6, tmt).setParameter(7, email(serial)).setParameter(8, unitId)
                .executeUpdate();
        transaction.commit();
        return nip;
    }

    private static String email(int serial) {
        return "pengingat" + serial + "@example.test";
    }

    /** The subjects mailed to the employee, in order. */
    private List<String> mailed(int serial) {
        return em.createNativeQuery("SELECT subject FROM outbox_message WHERE recipient = ?1 ORDER BY id")
                .setParameter(1, email(serial)).getResultList().stream().map(String::valueOf).toList();
    }

    /** The reminders about the employee noted as sent to them. */
    private List<String> noted(String nip) {
        return noted(nip, "EMPLOYEE");
    }

    private List<String> noted(String nip, String recipient) {
        return em.createNativeQuery("SELECT kind FROM reminder_sent WHERE nip = ?1 AND recipient = ?2 ORDER BY kind")
                .setParameter(1, nip).setParameter(2, recipient).getResultList().stream().map(String::valueOf).toList();
    }

    /** A new OPD headed by {@code headNip}; answers its id. */
    private long unitHeadedBy(String code, String headNip) throws Exception {
        transaction.begin();
        em.createNativeQuery("INSERT INTO work_unit (code, name) VALUES (?1, 'Unit Uji Pengingat')")
                .setParameter(1, code).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT id FROM work_unit WHERE code = ?1").setParameter(1, code)
                .getSingleResult()).longValue();
        em.createNativeQuery("UPDATE employee SET work_unit_id = ?1 WHERE nip = ?2").setParameter(1, id)
                .setParameter(2, headNip).executeUpdate();
        em.createNativeQuery("INSERT INTO unit_head (work_unit_id, nip, appointed_at) VALUES (?1, ?2, now())")
                .setParameter(1, id).setParameter(2, headNip).executeUpdate();
        transaction.commit();
        return id;
    }

    @Test
    @DisplayName("§4 reminders with a unit head: the head gets a copy of each reminder of their unit's employee,"
            + " once each (a second run sends none); the head's own reminders are never copied to themself")
    void copyToHead() throws Exception {
        String head = employee("PNS", LocalDate.of(2012, 3, 1), 11);
        long unit = unitHeadedBy(SystemTest.unique("PGH"), head);
        String cpns = employee("CPNS", TODAY.plusDays(7).minusYears(1), 12, unit);

        admin.call(() -> reminders.sendDue(TODAY));
        assertEquals(List.of("JP_SHORTFALL", "LATSAR_7"), noted(cpns));
        assertEquals(List.of("JP_SHORTFALL", "LATSAR_7"), noted(cpns, "HEAD"));
        assertEquals(List.of("JP_SHORTFALL"), noted(head));
        assertEquals(List.of(), noted(head, "HEAD"), "nobody is their own head; the OPD has none above it");
        assertEquals(
                List.of("Pengingat: kekurangan JP tahun 2030",
                        "Tembusan: Pengingat: batas waktu Latsar 21 November 2030 — Pegawai 12",
                        "Tembusan: Pengingat: kekurangan JP tahun 2030 — Pegawai 12"),
                mailed(11).stream().sorted().toList());
        assertEquals(2, mailed(12).size());

        assertEquals(0, admin.call(() -> reminders.sendDue(TODAY)), "nothing is sent twice, the copies neither");
        assertEquals(3, mailed(11).size());
    }

    @Test
    @DisplayName("§4 reminders: Latsar due in 59 / 29 / 6 days → the 60-, 30- and 7-day reminder, a JP shortfall in"
            + " November → its reminder; each once, a second run sends 0; 30 days later the next window goes out")
    void onceEach() throws Exception {
        String in59 = cpnsDueIn(59, 1);
        String in29 = cpnsDueIn(29, 2);
        String in6 = cpnsDueIn(6, 3);
        String pns = employee("PNS", LocalDate.of(2015, 3, 1), 4);

        int sent = admin.call(() -> reminders.sendDue(TODAY));
        assertTrue(sent >= 7, "three Latsar and four JP reminders at least (every one here is short of JP): " + sent);
        assertEquals(List.of("JP_SHORTFALL", "LATSAR_60"), noted(in59));
        assertEquals(List.of("JP_SHORTFALL", "LATSAR_30"), noted(in29));
        assertEquals(List.of("JP_SHORTFALL", "LATSAR_7"), noted(in6));
        assertEquals(List.of("JP_SHORTFALL"), noted(pns));
        assertEquals(List.of("Pengingat: batas waktu Latsar 13 Januari 2031", "Pengingat: kekurangan JP tahun 2030"),
                mailed(1));
        assertEquals(List.of("Pengingat: batas waktu Latsar 21 November 2030", "Pengingat: kekurangan JP tahun 2030"),
                mailed(3));
        assertEquals(List.of("Pengingat: kekurangan JP tahun 2030"), mailed(4));

        assertEquals(0, admin.call(() -> reminders.sendDue(TODAY)), "nothing is sent twice");
        assertEquals(2, mailed(2).size());

        admin.call(() -> reminders.sendDue(TODAY.plusDays(30)));
        assertEquals(List.of("JP_SHORTFALL", "LATSAR_30", "LATSAR_60"), noted(in59), "29 days left: the 30-day one");
        assertEquals(3, mailed(1).size());
        assertEquals(List.of("JP_SHORTFALL", "LATSAR_30"), noted(in29), "past its due date: no more reminders");
    }

    @Test
    @RunAsClient
    @DisplayName("POST /api/v1/development/reminders: an administrator runs today's reminders and learns how many"
            + " went out; others are refused; the trainings screen has the button")
    void api() throws Exception {
        HttpResponse<String> run = send("POST", "/api/v1/development/reminders", ADMIN_TOKEN, null);
        assertEquals(200, run.statusCode(), run.body());
        assertTrue(SystemTest.object(run).getInt("sent") >= 0, run.body());
        assertEquals(0,
                SystemTest.object(send("POST", "/api/v1/development/reminders", ADMIN_TOKEN, null)).getInt("sent"),
                "the second call finds everything sent");
        assertEquals(403, send("POST", "/api/v1/development/reminders", AGENCY_TOKEN, null).statusCode());
        assertEquals(401, send("POST", "/api/v1/development/reminders", null, null).statusCode());
        assertTrue(send("GET", "/staff/admin/trainings.xhtml", ADMIN_TOKEN, null).body()
                .contains("Kirim pengingat sekarang"), "the button on the trainings screen");
    }
}
