package id.sofifi.asn.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 14, more than one server: two WildFly nodes of one cluster (JGroups over loopback, sessions in Infinispan)
 * on one PostgreSQL. Mails are delivered once with both dispatchers running; a job started on A is seen and stopped
 * from B; a staff member signed in on node A goes
 * on at node B, without signing in again, after A was killed (SIGKILL). The tests run in order: the last kills A.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeIT {
    /** WildFly reading a session entry after its request's batch committed (see the log check below). */
    private static final Pattern AFTER_RESPONSE = Pattern
            .compile("ISPN000136: Error executing command GetKeyValueCommand .*writing keys \\[\\]");
    private static final Logger LOG = Logger.getLogger(TwoNodeIT.class.getName());
    private static final int MAILS = 200;
    /** Work units added so that the evaluation report runs long enough to be stopped mid-way. */
    private static final int UNITS = 600;
    /** What tells this test's mails from others'. */
    private static final String SUBJECT = "Uji dua node ";

    private static SmtpSink sink;
    private static OwnServer a;
    private static OwnServer b;
    private static EmbeddedDatabase database;
    private static ServerProcess nodeA;
    private static ServerProcess nodeB;

    @BeforeAll
    static void start() throws Exception {
        // beside the suite's sink (asn.test.smtp.port), which may be running in this JVM
        int smtp = SmtpSink.PORT + 1;
        sink = new SmtpSink(smtp);
        a = new OwnServer("two-node-a", OwnServer.OFFSET);
        b = new OwnServer("two-node-b", OwnServer.SECOND_OFFSET);
        database = a.emptyDatabase();
        // the logs are read for what this run's nodes said: an earlier run's lines (its shutdown among them) go
        Files.deleteIfExists(a.work().resolve("server.log"));
        Files.deleteIfExists(b.work().resolve("server.log"));
        Map<String, String> cluster = new HashMap<>(Map.of("ASN_CLUSTER_NAME", "asn-two-node-it-" + OwnServer.OFFSET,
                "ASN_CLUSTER_MEMBER_A_PORT", String.valueOf(a.clusterPort()), "ASN_CLUSTER_MEMBER_B_PORT",
                String.valueOf(b.clusterPort()), "ASN_MAIL_ENABLED", "true", "ASN_SMTP_PORT", String.valueOf(smtp),
                "ASN_CLUSTER_JOIN_TIMEOUT", "2000"));
        // one after the other: the first migrates the schema and seeds the demo data
        nodeA = a.start(cluster);
        nodeB = b.start(cluster);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            for (ServerProcess node : new ServerProcess[]{nodeA, nodeB}) {
                if (node != null) {
                    node.close();
                }
            }
        } finally {
            database.close();
            sink.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("The nodes form one cluster of two members")
    void nodesFormOneCluster() throws Exception {
        String joined = "joined cluster 'asn-two-node-it-" + OwnServer.OFFSET + "' with view: [two-node-a";
        assertTrue(waitFor(() -> log(b).contains(joined), Duration.ofSeconds(60)), "node B joined node A's cluster");
        assertTrue(log(b).contains("(2) [two-node-a"), "a view of two members");
    }

    @Test
    @Order(2)
    @DisplayName("Mails queued once are delivered once, with both nodes' dispatchers running")
    void mailsAreDeliveredOnce() throws Exception {
        try (Connection c = OwnServer.connect();
                PreparedStatement queue = c.prepareStatement("INSERT INTO outbox_message (recipient, subject, body,"
                        + " created_at) SELECT 'pegawai' || g || '@sofifi.go.id', ? || g, 'Isi uji', now()"
                        + " FROM generate_series(1, ?) g")) {
            queue.setString(1, SUBJECT);
            queue.setInt(2, MAILS);
            queue.executeUpdate();
        }
        assertTrue(waitFor(() -> OwnServer.count(
                "SELECT count(*) FROM outbox_message WHERE subject LIKE ?" + " AND sent_at IS NULL",
                SUBJECT + "%") == 0, Duration.ofMinutes(2)), "every mail sent");
        // a last round of both dispatchers after the outbox was empty: nothing goes twice
        Thread.sleep(6000);
        List<String> subjects = SmtpSink.received().stream().flatMap(m -> m.lines())
                .filter(l -> l.startsWith("Subject: " + SUBJECT)).toList();
        assertEquals(MAILS, subjects.size(), "each mail delivered once");
        assertEquals(MAILS, subjects.stream().distinct().count());
    }

    @Test
    @Order(3)
    @DisplayName("A job started on node A is seen from node B, and stopped from B: the run on A notices at its next"
            + " checkpoint and ends STOPPED, part of its work done")
    void jobStartedOnASeenAndStoppedFromB() throws Exception {
        OwnServer.addWorkUnits("DUA-", "Unit Uji Dua Node", UNITS);
        HttpResponse<String> started = SystemTest.send("POST", a.url() + "/api/v1/evaluation-reports",
                SystemTest.ADMIN_TOKEN, "{\"from\":\"2026-07-01\",\"to\":\"2026-09-30\"}");
        long job = OwnServer.jobId(started);
        long report = SystemTest.object(started).getJsonNumber("reportId").longValue();

        JsonObject seen = SystemTest.object(SystemTest.send("GET", jobUrl(b, job), SystemTest.ADMIN_TOKEN, null));
        assertEquals("evaluation-report", seen.getString("name"), seen.toString());
        assertTrue(List.of("STARTING", "STARTED").contains(seen.getString("status")), seen.toString());

        HttpResponse<String> stop = SystemTest.send("POST", jobUrl(b, job) + "/stop", SystemTest.ADMIN_TOKEN, null);
        assertEquals(202, stop.statusCode(), stop.body());
        assertTrue(waitFor(() -> "STOPPED".equals(status(a, job)), Duration.ofMinutes(2)), "the run on A stopped");
        assertEquals("STOPPED", status(b, job), "and B sees it so");
        long done = OwnServer.count("SELECT count(*) FROM evaluation_report_unit WHERE report_id = ?", report);
        long total = OwnServer.count("SELECT count(*) FROM work_unit");
        assertTrue(done < total, "stopped after " + done + " of " + total + " units");
    }

    private static String jobUrl(OwnServer node, long job) {
        return node.url() + "/api/v1/jobs/" + job;
    }

    private static String status(OwnServer node, long job) throws Exception {
        return SystemTest.object(SystemTest.send("GET", jobUrl(node, job), SystemTest.ADMIN_TOKEN, null))
                .getString("status");
    }

    @Test
    @Order(4)
    @DisplayName("A staff member signed in on node A goes on at node B after A was killed: the replicated session"
            + " keeps them signed in, and a work unit saved through B's dialog is stored and shown")
    void sessionSurvivesTheNodeItStartedOn() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.signIn(a.url(), "admin", "admin123", "welcome");
            browser.driver().get(a.url() + "/staff/admin/work-units.xhtml");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("units:add")));
            browser.driver().findElement(By.id("units:add")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("unitDialogForm:code")));

            long killed = nodeA.kill();
            LOG.info(() -> "node A (" + killed + ") killed");
            nodeA = null;
            // a balancer sends the next request to B once its health check finds A dead
            assertTrue(
                    waitFor(() -> log(b).contains("Updating cache members list [two-node-b]"), Duration.ofSeconds(30)),
                    "node B saw node A leave");

            browser.driver().get(b.url() + "/staff/admin/work-units.xhtml");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("units:add")));
            assertFalse(browser.driver().getCurrentUrl().contains("login"), "still signed in at node B");
            browser.driver().findElement(By.id("units:add")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("unitDialogForm:code")));
            browser.driver().findElement(By.id("unitDialogForm:code")).sendKeys("DUANODE");
            browser.driver().findElement(By.id("unitDialogForm:name")).sendKeys("Unit Uji Dua Node");
            browser.driver().findElement(By.id("unitDialogForm:save")).click();
            browser.waiting().until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("units:table"), "Unit Uji Dua Node"));
            browser.screenshot("two-node-failover");
        }
        assertEquals(1, OwnServer.count("SELECT count(*) FROM work_unit WHERE code = 'DUANODE'"));
        assertEquals(1,
                OwnServer.count(
                        "SELECT count(*) FROM audit_event WHERE actor = 'admin'" + " AND subject_key = 'DUANODE'"),
                "audited as the admin signed in on node A");
        // a session attribute that cannot be marshalled fails its request and is logged as an ERROR, as any other
        // except one seen once in CI right after the failover: WildFly reading the session entry after the request's
        // batch had committed, once the response was sent (GetKeyValueCommand, writing no keys; docs/operations.md)
        assertEquals(List.of(),
                log(b).lines().filter(l -> l.contains(" ERROR ") && !AFTER_RESPONSE.matcher(l).find()).toList(),
                "node B logged no error");
    }

    private static String log(OwnServer node) throws Exception {
        return Files.readString(node.work().resolve("server.log"));
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static boolean waitFor(Check check, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(250);
        }
        return true;
    }
}
