package id.sofifi.asn.workforce;

import static id.sofifi.asn.system.SystemTest.SUPERVISOR_TOKEN;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.privacy.domain.SealedNik;
import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.awaitJob;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.sendCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A period of its own with a final result written as the final ranking job writes it: applicant 1 a woman with
 * L at F-ANALIS (BKD), 2 a man with L-2 placed at F-PRANATA (DINKES), 3 a woman with L-1 placed at F-PRANATA, 4 a
 * woman with TL. All are born on the same day, one no other test uses, so the NIP prefixes are this fixture's.
 */
final class AppointmentFixture {
    static final String ANALIS = "Analis Sumber Daya Manusia Aparatur";
    static final String PRANATA = "Pranata Komputer Ahli Pertama";

    final String period;

    private AppointmentFixture(String period) {
        this.period = period;
    }

    /** The period (fiscal {@code year}), its two formations, four imported MS applications and their results. */
    static AppointmentFixture create(int year, LocalDate birth, String nikRegion) throws Exception {
        AppointmentFixture f = new AppointmentFixture(SystemTest.unique("APT"));
        assertEquals(201, send("POST", "/api/v1/periods", ADMIN_TOKEN, """
                {"code":"%s","name":"Seleksi uji pengangkatan","year":%d,"type":"CPNS",
                 "registrationOpens":"%d-03-01T08:00:00+09:00","registrationCloses":"%d-03-31T23:59:59+09:00",
                 "objectionDays":3}""".formatted(f.period, year, year, year)).statusCode());
        f.formation("F-ANALIS", ANALIS, "BKD");
        f.formation("F-PRANATA", PRANATA, "DINKES");
        List<String> csv = new ArrayList<>(List.of("registration_number,nik,full_name,birth_date,sex,formation_code,"
                + "education,gpa,email,administration_result"));
        String[] sexes = {"F", "M", "F", "F"};
        for (int i = 1; i <= sexes.length; i++) {
            csv.add(f.number(i) + "," + SystemTest.nik(nikRegion, birth, sexes[i - 1].equals("F"), i)
                    + ",Calon Pegawai " + i + "," + birth + "," + sexes[i - 1] + ",F-ANALIS,S-1 Psikologi,3.40,"
                    + "calon" + i + "@contoh.id,MS");
        }
        JsonObject imported = awaitJob(sendCsv("/api/v1/periods/" + f.period + "/application-imports", ADMIN_TOKEN,
                (String.join("\n", csv) + "\n").getBytes(StandardCharsets.UTF_8)), ADMIN_TOKEN);
        assertEquals(4, imported.getInt("written"), imported.toString());
        f.finalResult(1, "L", null);
        f.finalResult(2, "L-2", "F-PRANATA");
        f.finalResult(3, "L-1", "F-PRANATA");
        f.finalResult(4, "TL", null);
        return f;
    }

    String number(int i) {
        return period + "-" + i;
    }

    /** The FINAL draft, prepared by the administrator; answers its id. */
    long prepareFinal() throws Exception {
        HttpResponse<String> draft = send("POST", "/api/v1/periods/" + period + "/announcements", ADMIN_TOKEN,
                "{\"stage\":\"FINAL\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        return object(draft).getJsonNumber("id").longValue();
    }

    /** The supervisor approves the draft, which publishes it. */
    static void approve(long announcement) throws Exception {
        HttpResponse<String> approved = send("POST", "/api/v1/announcements/" + announcement + "/approval",
                SUPERVISOR_TOKEN, null);
        assertEquals(200, approved.statusCode(), approved.body());
    }

    private void formation(String code, String position, String workUnit) throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/periods/" + period + "/formations", ADMIN_TOKEN, """
                {"code":"%s","position":"%s","workUnit":"%s","education":"S-1 Psikologi","category":"GENERAL",
                 "quota":1}""".formatted(code, position, workUnit));
        assertEquals(201, created.statusCode(), created.body());
    }

    private void finalResult(int i, String code, String placedAt) throws SQLException {
        assertEquals(1,
                update("INSERT INTO final_result (application_id, period_id, formation_id, code, rank,"
                        + " placed_formation_id, job_execution_id) SELECT a.id, a.period_id, a.formation_id, ?, ?,"
                        + " (SELECT f.id FROM formation f WHERE f.period_id = a.period_id AND f.code = ?), 0"
                        + " FROM application a WHERE a.registration_number = ?", code, i, placedAt, number(i)));
    }

    /** "number NIP type TMT position work-unit-id" of the period's employees, by registration number. */
    List<String> employees() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement s = c.prepareStatement("SELECT registration_number, nip, employment_type,"
                        + " appointed_on, position, work_unit_id FROM employee WHERE registration_number LIKE ?"
                        + " ORDER BY registration_number")) {
            s.setString(1, period + "-%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
                            + " " + rs.getString(5) + " " + rs.getLong(6));
                }
            }
        }
        return rows;
    }

    /** The employees the fixture's final result must give with TMT 2027-03-01, by the §4 prefixes. */
    List<String> expectedEmployees(LocalDate birth) throws SQLException {
        String woman = birth.toString().replace("-", "") + "2027032";
        String man = birth.toString().replace("-", "") + "2027031";
        long bkd = workUnit("BKD");
        long dinkes = workUnit("DINKES");
        return List.of(number(1) + " " + woman + "001 CPNS 2027-03-01 " + ANALIS + " " + bkd,
                number(2) + " " + man + "001 CPNS 2027-03-01 " + PRANATA + " " + dinkes,
                number(3) + " " + woman + "002 CPNS 2027-03-01 " + PRANATA + " " + dinkes);
    }

    /**
     * An employee who holds the NIK, as if imported before the appointment, with a NIP of the same birth date
     * (appointed 2015, a prefix no appointment here gives).
     */
    void holdNik(String nik, LocalDate birth) throws SQLException {
        SealedNik sealed = SealedNik.of(new Nik(nik));
        assertEquals(1, update("INSERT INTO employee (nip, " + SealedNik.COLUMNS + ", full_name, birth_date, sex,"
                + " employment_type, appointed_on, position, work_unit_id, created_at) SELECT ?, ?, ?, ?, 'Pegawai"
                + " Lama', ?, 'F', 'PNS', DATE '2015-01-01', 'Staf', id, now() FROM work_unit WHERE code = 'BKD'",
                birth.toString().replace("-", "") + "2015012001", sealed.hash(), sealed.sealed(), sealed.keyId(),
                birth));
    }

    void releaseNik(String nik) throws SQLException {
        assertEquals(1, update("DELETE FROM employee WHERE nik_hash = ?", SealedNik.hashOf(new Nik(nik))));
    }

    /** The notes of the APPOINTED steps on an application's timeline. */
    static List<String> appointedNotes(String number) throws SQLException {
        return column("SELECT e.note FROM application_event e JOIN application a ON a.id = e.application_id"
                + " WHERE a.registration_number = ? AND e.step = 'APPOINTED'", number);
    }

    private static long workUnit(String code) throws SQLException {
        return Long.parseLong(column("SELECT id::text FROM work_unit WHERE code = ?", code).get(0));
    }

    private static List<String> column(String sql, String arg) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    private static int update(String sql, Object... args) throws SQLException {
        try (Connection c = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }
}
