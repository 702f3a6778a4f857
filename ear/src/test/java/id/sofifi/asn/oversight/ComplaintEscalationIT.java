package id.sofifi.asn.oversight;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.oversight.application.DeadlineSweep;
import id.sofifi.asn.system.AsAdministrator;
import id.sofifi.asn.system.NativeSql;
import id.sofifi.asn.system.SystemTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deadline sweep (ASN-RULES §5) inside the deployed application at fixed instants in March 2030, so the test does
 * not depend on the day it runs. A case filed through the API is moved back to Mon 2030-03-04 10:00 WIT (routeBy Thu
 * 03-07, followUpBy Thu 03-14 while unrouted); the sweeps at 00:10 WIT on later days escalate it, once per step and
 * level, to the BKD's head (demo data) and the inspectorate, visibly on its public timeline.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintEscalationIT {
    private static final String RECEIVED = "2030-03-04T01:00:00Z";

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest.earWithTests(
                ShrinkWrap.create(WebArchive.class, "system-tests.war").addClass(ComplaintEscalationIT.class));
    }

    @EJB(lookup = "java:app/ejb/DeadlineSweep")
    DeadlineSweep sweep;

    @EJB
    AsAdministrator admin;

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private static Instant sweptOn(int day) {
        return LocalDate.of(2030, 3, day).atTime(0, 10).atZone(id.sofifi.asn.kernel.Wit.ZONE).toInstant();
    }

    /** Files a report about the BKD through the public API and moves its receipt back to {@link #RECEIVED}. */
    private String filedInMarch2030(String title) throws Exception {
        HttpResponse<String> filed = send("POST", "/api/v1/complaints", null, """
                {"kind":"COMPLAINT","privacy":"PUBLIC","title":"%s",
                 "body":"Surat keterangan belum juga selesai.","workUnitCode":"BKD"}""".formatted(title));
        assertEquals(201, filed.statusCode(), filed.body());
        String code = SystemTest.object(filed).getString("trackingCode");
        sql("UPDATE complaint SET received_at = CAST(?1 AS timestamptz) WHERE tracking_code = ?2", RECEIVED, code);
        return code;
    }

    private void sql(String statement, Object... parameters) throws Exception {
        transaction.begin();
        NativeSql.update(em, statement, parameters);
        transaction.commit();
    }

    private List<String> escalations(String code) {
        return em
                .createNativeQuery("SELECT x.step || ':' || x.level FROM complaint_escalation x JOIN complaint c"
                        + " ON c.id = x.complaint_id WHERE c.tracking_code = ?1 ORDER BY x.id")
                .setParameter(1, code).getResultList().stream().map(String::valueOf).toList();
    }

    private List<String> mailedAbout(String code) {
        return em.createNativeQuery("SELECT recipient FROM outbox_message WHERE subject LIKE ?1 ORDER BY id")
                .setParameter(1, "%" + code + "%").getResultList().stream().map(String::valueOf).toList();
    }

    private String bkdHeadEmail() {
        List<?> found = em.createNativeQuery("SELECT e.email FROM unit_head h JOIN employee e ON e.nip = h.nip"
                + " JOIN work_unit w ON w.id = h.work_unit_id WHERE w.code = 'BKD'").getResultList();
        assertEquals(1, found.size(), "the demo data names a head of the BKD with an address");
        return String.valueOf(found.get(0));
    }

    @Test
    @DisplayName("§5: a missed route goes to the unit's head the next day, to the inspectorate 5 working days later"
            + " with the missed follow-up to the head; each once, on the public timeline and by mail")
    void escalatesOncePerStepAndLevel() throws Exception {
        String code = filedInMarch2030("Surat keterangan terlambat");
        String head = bkdHeadEmail();

        admin.call(() -> sweep.sweepAt(sweptOn(7)));
        assertEquals(List.of(), escalations(code), "routeBy is Thu 03-07 itself: not missed yet");
        admin.call(() -> sweep.sweepAt(sweptOn(8)));
        assertEquals(List.of("ROUTE:HEAD"), escalations(code));
        admin.call(() -> sweep.sweepAt(sweptOn(15)));
        assertEquals(List.of("ROUTE:HEAD", "ROUTE:INSPECTORATE", "FOLLOW_UP:HEAD"), escalations(code));
        admin.call(() -> sweep.sweepAt(sweptOn(15)));
        assertEquals(3, escalations(code).size(), "a second sweep the same day escalates nothing again");
        assertEquals(List.of(head, "inspektorat@sofifi.example", head), mailedAbout(code));

        HttpResponse<String> read = send("GET", "/api/v1/complaints/" + code, null, null);
        String timeline = SystemTest.object(read).getJsonArray("timeline").toString();
        assertTrue(timeline.contains("ESCALATED_TO_HEAD") && timeline.contains("ESCALATED_TO_INSPECTORATE"), timeline);
        assertTrue(!read.body().contains(head), "the head's address is not public");
    }

    @Test
    @DisplayName("§5: a followed-up case the reporter did not answer closes after its closing day (Wed 03-20)")
    void closesWithoutReply() throws Exception {
        String code = filedInMarch2030("Jawaban tanpa tanggapan");
        assertEquals(200,
                send("POST", "/api/v1/complaints/" + code + "/routing", ADMIN_TOKEN, "{\"workUnitCode\":\"BKD\"}")
                        .statusCode());
        assertEquals(200, send("POST", "/api/v1/complaints/" + code + "/follow-ups", ADMIN_TOKEN,
                "{\"answer\":\"Surat sudah dapat diambil di loket.\"}").statusCode());
        sql("UPDATE complaint SET routed_on = DATE '2030-03-05', followed_up_on = DATE '2030-03-06'"
                + " WHERE tracking_code = ?1", code);

        admin.call(() -> sweep.sweepAt(sweptOn(20)));
        assertEquals("FOLLOWED_UP", status(code), "closeAfter is Wed 03-20: the reporter may still answer that day");
        admin.call(() -> sweep.sweepAt(sweptOn(21)));
        assertEquals("CLOSED", status(code));
        assertEquals(List.of(), escalations(code));
    }

    @Test
    @DisplayName("§5: two servers sweeping at the same moment escalate each step once between them")
    void concurrentSweepsEscalateOnce() throws Exception {
        String code = filedInMarch2030("Sapu serentak");
        CompletableFuture<DeadlineSweep.Result> first = CompletableFuture
                .supplyAsync(() -> call(() -> sweep.sweepAt(sweptOn(8))));
        CompletableFuture<DeadlineSweep.Result> second = CompletableFuture
                .supplyAsync(() -> call(() -> sweep.sweepAt(sweptOn(8))));
        assertNotNull(first.get());
        assertNotNull(second.get());
        assertEquals(List.of("ROUTE:HEAD"), escalations(code));
        assertEquals(1, mailedAbout(code).size());
    }

    private String status(String code) {
        return String.valueOf(em.createNativeQuery("SELECT status FROM complaint WHERE tracking_code = ?1")
                .setParameter(1, code).getSingleResult());
    }

    private <T> T call(java.util.concurrent.Callable<T> work) {
        try {
            return admin.call(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
