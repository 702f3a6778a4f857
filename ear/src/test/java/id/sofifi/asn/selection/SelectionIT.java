package id.sofifi.asn.selection;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.AGENCY_TOKEN;
import static id.sofifi.asn.system.SystemTest.awaitJob;
import static id.sofifi.asn.system.SystemTest.nik;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.sendCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Score imports, both ranking jobs and their results over the API (API-CONTRACT, Selection), on
 * fixtures built from the worked cases of ASN-RULES.md (S1–S10, §1.7).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelectionIT {
    private static final LocalDate BIRTH = LocalDate.of(1996, 5, 20);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    private static String period(int year) throws Exception {
        return SelectionFixture.period("SEL", year);
    }

    private static void formation(String period, String code, String position, String category, int quota)
            throws Exception {
        SelectionFixture.formation(period, code, position, "S-1 Psikologi", category, quota);
    }

    /** Imports applications "number:formation:result" (result MS or TMS); NIK serials follow the list order. */
    private static void applications(String period, int serialBase, String... rows) throws Exception {
        List<String> lines = new ArrayList<>(List.of(SelectionFixture.APPLICATIONS));
        for (int i = 0; i < rows.length; i++) {
            String[] r = rows[i].split(":");
            lines.add(number(period, r[0]) + "," + nik("827201", BIRTH, false, serialBase + i) + ",Peserta " + r[0]
                    + ",1996-05-20,M," + r[1] + ",S-1 Psikologi,3.25,," + r[2]);
        }
        JsonObject job = SelectionFixture.csvJob(period, "application-imports", lines);
        assertEquals(rows.length, job.getInt("written"), job.toString());
    }

    private static String number(String period, String applicant) {
        return period + "-" + applicant;
    }

    private static JsonObject ranking(String period, String kind) throws Exception {
        JsonObject job = awaitJob(send("POST", "/api/v1/periods/" + period + "/" + kind, ADMIN_TOKEN, null),
                ADMIN_TOKEN);
        assertEquals("COMPLETED", job.getString("status"), job.toString());
        return job;
    }

    /** Results of one formation as "applicant rank code" in the API's order. */
    private static List<String> results(String period, String kind, String formation) throws Exception {
        HttpResponse<String> page = send("GET", "/api/v1/periods/" + period + "/" + kind + "?formation=" + formation,
                AGENCY_TOKEN, null);
        assertEquals(200, page.statusCode(), page.body());
        return object(page).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("registrationNumber").substring(period.length() + 1) + " "
                        + (r.isNull("rank") ? "-" : r.getInt("rank")) + " " + r.getString("code")
                        + (r.containsKey("placedFormationCode") && !r.isNull("placedFormationCode")
                                ? "→" + r.getString("placedFormationCode")
                                : ""))
                .toList();
    }

    private static Map<String, String> errors(JsonObject job) {
        return job.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getJsonNumber("row").longValue() + ":" + e.getString("field"),
                        e -> e.getString("message"), (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    @DisplayName("SKD import (§1.3, S6) and skd-ranking (§1.4–1.5: S1–S5, S7 and its tied variant, TH, DIS)")
    void skdImportAndRanking() throws Exception {
        String p = period(2041);
        formation(p, "FG", "Analis SDM", "GENERAL", 1);
        formation(p, "FC", "Analis SDM", "CUMLAUDE", 1);
        formation(p, "FD", "Analis SDM", "DISABILITY", 1);
        applications(p, 1, "A:FG:MS", "B:FG:MS", "C:FG:MS", "D:FG:MS", "E:FG:MS", "F:FG:MS", "X:FG:MS", "H:FG:TMS",
                "I:FC:MS", "J:FC:MS", "K:FD:MS");
        String header = "registration_number,twk,tiu,tkp,attendance";
        List<String> scores = List.of(header, number(p, "A") + ",120,120,170,PRESENT", // 410
                number(p, "B") + ",115,115,170,PRESENT", // 400
                number(p, "C") + ",95,110,180,PRESENT", // 385, TKP 180
                number(p, "D") + ",110,100,175,PRESENT", // 385, TKP 175
                number(p, "E") + ",100,120,160,PRESENT", // S1: TL on TKP
                number(p, "F") + ",,,,ABSENT", number(p, "X") + ",0,0,0,DISQUALIFIED",
                number(p, "H") + ",100,100,170,PRESENT", // TMS at administration: line 9 refused
                number(p, "I") + ",60,85,170,PRESENT", // S3 cumlaude passes
                number(p, "J") + ",90,80,180,PRESENT", // S4 cumlaude TL on TIU
                number(p, "K") + ",55,60,171,PRESENT", // S5 disability passes
                // S6: TWK 67 (and E twice)
                number(p, "NOBODY") + ",100,100,170,PRESENT", number(p, "E") + ",67,120,170,PRESENT",
                number(p, "A") + ",120,120,230,PRESENT", // TKP above 225
                number(p, "B") + ",120,120,170,HADIR");
        JsonObject imported = SelectionFixture.csvJob(p, "skd-score-imports", scores);
        assertEquals("COMPLETED", imported.getString("status"), imported.toString());
        assertEquals(15, imported.getInt("read"));
        assertEquals(10, imported.getInt("written"), imported.toString());
        Map<String, String> errors = errors(imported);
        assertEquals("pelamar ini tidak memenuhi syarat administrasi (status TMS); nilai SKD hanya untuk pelamar MS",
                errors.get("9:registration_number"), errors.toString());
        assertEquals("nomor pendaftaran " + number(p, "NOBODY") + " tidak ada dalam periode " + p,
                errors.get("13:registration_number"), errors.toString());
        assertEquals("harus kelipatan 5 antara 0 dan 150", errors.get("14:twk"), errors.toString());
        assertEquals("harus bilangan bulat antara 0 dan 225", errors.get("15:tkp"), errors.toString());
        assertTrue(errors.get("16:attendance").startsWith("nilai \"HADIR\" harus salah satu dari"), errors.toString());

        ranking(p, "skd-rankings");
        // S7: 1 seat, so 3 proceed; C beats D at 385 on TKP
        assertEquals(List.of("A 1 P/L", "B 2 P/L", "C 3 P/L", "D 4 P", "E - TL", "F - TH", "X - DIS"),
                results(p, "skd-results", "FG"));
        assertEquals(List.of("I 1 P/L", "J - TL"), results(p, "skd-results", "FC"));
        assertEquals(List.of("K 1 P/L"), results(p, "skd-results", "FD"));

        // S7 variant: D re-imported as 95/110/180 ties C on every key, so both proceed (4 for 1 seat)
        List<String> corrected = List.of(header, number(p, "D") + ",95,110,180,PRESENT",
                number(p, "B") + ",115,115,175,PRESENT");
        assertEquals(2, SelectionFixture.csvJob(p, "skd-score-imports", corrected).getInt("written"));
        assertEquals(List.of(number(p, "B") + " PRESENT/115/115/170 → PRESENT/115/115/175",
                number(p, "D") + " PRESENT/110/100/175 → PRESENT/95/110/180"), scoreChanges(p));
        SelectionFixture.csvJob(p, "skd-score-imports", corrected);
        assertEquals(2, scoreChanges(p).size(), "re-sending the same rows changes nothing and records nothing");
        ranking(p, "skd-rankings");
        assertEquals(List.of("A 1 P/L", "B 2 P/L", "C 3 P/L", "D 3 P/L", "E - TL", "F - TH", "X - DIS"),
                results(p, "skd-results", "FG"));
    }

    @Test
    @DisplayName("SKB import and final-ranking: S8, S9 (extra test 0.6/0.4), S10 exact tie, §1.7 optimisation L-1")
    void finalRankingAndOptimisation() throws Exception {
        String p = period(2042);
        formation(p, "FC", "Analis SDM", "CUMLAUDE", 2);
        formation(p, "FD", "Analis SDM", "DISABILITY", 1);
        formation(p, "FG", "Analis SDM", "GENERAL", 3);
        formation(p, "FS", "Pranata Komputer", "GENERAL", 1);
        formation(p, "FX", "Arsiparis", "GENERAL", 1);
        HttpResponse<String> weighed = send("PUT", "/api/v1/periods/" + p + "/formations/FX/skb-weights", ADMIN_TOKEN,
                "{\"cat\":0.6,\"extra\":0.4}");
        assertEquals(200, weighed.statusCode(), weighed.body());
        HttpResponse<String> badWeights = send("PUT", "/api/v1/periods/" + p + "/formations/FG/skb-weights",
                ADMIN_TOKEN, "{\"cat\":0.5,\"extra\":0.5}");
        assertEquals(400, badWeights.statusCode(), badWeights.body());
        applications(p, 1, "G1:FG:MS", "G2:FG:MS", "G3:FG:MS", "G4:FG:MS", "G5:FG:MS", "G6:FG:MS", "C1:FC:MS",
                "P1:FS:MS", "P2:FS:MS", "T1:FS:MS", "X1:FX:MS");
        JsonObject skd = SelectionFixture.csvJob(p, "skd-score-imports",
                // S8: SKD 420
                List.of("registration_number,twk,tiu,tkp,attendance", number(p, "G1") + ",130,120,170,PRESENT",
                        number(p, "G2") + ",120,120,170,PRESENT", number(p, "G3") + ",115,115,170,PRESENT",
                        number(p, "G4") + ",110,110,170,PRESENT", number(p, "G5") + ",105,105,170,PRESENT",
                        number(p, "G6") + ",100,100,170,PRESENT", number(p, "C1") + ",60,85,170,PRESENT",
                        number(p, "P1") + ",140,150,205,PRESENT", // S10 P1: 495
                        number(p, "P2") + ",70,85,175,PRESENT", // S10 P2: 330
                        number(p, "T1") + ",100,120,160,PRESENT", // TL
                        number(p, "X1") + ",140,140,170,PRESENT")); // S9: 450
        assertEquals(11, skd.getInt("written"), skd.toString());
        ranking(p, "skd-rankings");
        JsonObject skb = SelectionFixture.csvJob(p, "skb-score-imports",
                // S8: SKB100 80
                List.of("registration_number,cat_score,cat_max,extra_score,extra_max", number(p, "G1") + ",400,500,,",
                        number(p, "G2") + ",90,100,,", number(p, "G3") + ",70,100,,", number(p, "G4") + ",75,100,,",
                        number(p, "G5") + ",60,100,,", number(p, "G6") + ",50,100,,", number(p, "C1") + ",70,100,,",
                        number(p, "P1") + ",60,100,,", // S10: SKB100 60
                        number(p, "P2") + ",80,100,,", // S10: SKB100 80
                        number(p, "X1") + ",350,500,90,100", // S9: CAT 70, extra 90 → SKB100 78
                        number(p, "T1") + ",80,100,,", // TL at SKD: refused
                        number(p, "G1") + ",80,100,90,100", // twice, and an extra test FG does not have
                        number(p, "P1") + ",101,100,,")); // above the maximum
        assertEquals(10, skb.getInt("written"), skb.toString());
        Map<String, String> errors = errors(skb);
        assertEquals("pelamar ini tidak lolos ke SKB (kode SKD TL); nilai SKB hanya untuk P/L",
                errors.get("12:registration_number"), errors.toString());
        assertEquals("nomor pendaftaran sudah ada di baris 2 berkas ini", errors.get("13:registration_number"),
                errors.toString());
        assertTrue(errors.containsKey("14:cat_score"), errors.toString());

        ranking(p, "final-rankings");
        // §1.7: FG ranks 1–3 pass; FC has 2 seats and 1 eligible, FD 1 seat and none:
        // FG ranks 4 and 5 take them (L-1)
        assertEquals(List.of("G2 1 L", "G1 2 L", "G4 3 L", "G3 4 L-1→FC", "G5 5 L-1→FD", "G6 6 TL"),
                results(p, "final-results", "FG"));
        assertEquals(List.of("C1 1 L"), results(p, "final-results", "FC"));
        assertEquals(List.of("P1 1 L", "P2 2 TL"), results(p, "final-results", "FS"));
        Map<String, JsonObject> finals = object(
                send("GET", "/api/v1/periods/" + p + "/final-results?size=500", AGENCY_TOKEN, null))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("registrationNumber").substring(p.length() + 1), r -> r));
        // S8
        assertTrue(finals.get("G1").getString("finalScore").startsWith("78.545454545"), finals.get("G1").toString());
        assertEquals("78", finals.get("X1").getString("skb100")); // S9
        assertTrue(finals.get("X1").getString("finalScore").startsWith("79.527272727"), finals.get("X1").toString());
        assertEquals("72", finals.get("P1").getString("finalScore")); // S10
        assertEquals("72", finals.get("P2").getString("finalScore"));
        assertEquals(403, send("POST", "/api/v1/periods/" + p + "/final-rankings", AGENCY_TOKEN, null).statusCode());
    }

    @Test
    @DisplayName("A ranking without its input is refused with 409; unknown period 404")
    void rankingNeedsItsInput() throws Exception {
        String p = period(2043);
        HttpResponse<String> noScores = send("POST", "/api/v1/periods/" + p + "/skd-rankings", ADMIN_TOKEN, null);
        assertEquals(409, noScores.statusCode(), noScores.body());
        assertTrue(noScores.body().contains("impor nilai SKD terlebih dahulu"), noScores.body());
        assertEquals(409, send("POST", "/api/v1/periods/" + p + "/final-rankings", ADMIN_TOKEN, null).statusCode());
        assertEquals(404, send("POST", "/api/v1/periods/NOPE-1/skd-rankings", ADMIN_TOKEN, null).statusCode());
        HttpResponse<String> badHeader = sendCsv("/api/v1/periods/" + p + "/skd-score-imports", ADMIN_TOKEN,
                "registration_number,twk,tiu,tkp\nX,1,2,3\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, badHeader.statusCode(), badHeader.body());
        assertTrue(badHeader.body().contains("attendance"), badHeader.body());
    }

    /** Recorded score changes of the period as "number old → new", by number. */
    private static List<String> scoreChanges(String period) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + SystemTest.DB_PORT + "/asn",
                "asn", "asn");
                PreparedStatement select = c.prepareStatement("SELECT a.registration_number, s.old_value, s.new_value"
                        + " FROM score_change s JOIN application a ON a.id = s.application_id"
                        + " JOIN selection_period p ON p.id = a.period_id WHERE p.code = ? ORDER BY 1, s.id")) {
            select.setString(1, period);
            List<String> changes = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    changes.add(rs.getString(1) + " " + rs.getString(2) + " → " + rs.getString(3));
                }
            }
            return changes;
        }
    }
}
