package id.sofifi.asn.development;

import id.sofifi.asn.privacy.domain.SealedNik;
import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.awaitJob;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.sendCsv;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * What the development system tests start from: work units (over the API), employees (inserted with SQL, as
 * workforce's import would leave them: their import is not this context's), and a training record import run to
 * its end.
 */
final class DevelopmentFixture {
    static final String HEADER = "nip,training_code,title,competence,jp,completed_on,certificate_number";
    private static final LocalDate BORN = LocalDate.of(1990, 1, 1);
    private static final AtomicInteger SERIAL = new AtomicInteger(0);

    private DevelopmentFixture() {
    }

    /** A new work unit under {@code parentCode} (null: an OPD); answers its code. */
    static String unit(String parentCode) throws IOException {
        String code = unique("DU");
        String parent = parentCode == null ? "" : ",\"parentCode\":\"" + parentCode + "\"";
        HttpResponse<String> created = send("POST", "/api/v1/work-units", ADMIN_TOKEN,
                "{\"code\":\"%s\",\"name\":\"Unit %s\"%s}".formatted(code, code, parent));
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    /** A new employee of the type, first appointed on {@code tmt}, in the unit; answers the NIP (§4 format). */
    static String employee(String type, LocalDate tmt, String name, String unitCode) throws SQLException {
        int serial = SERIAL.incrementAndGet();
        String nip = "19900101" + "%04d%02d".formatted(tmt.getYear(), tmt.getMonthValue()) + "1"
                + "%03d".formatted(serial);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + SystemTest.DB_PORT + "/asn",
                "asn", "asn");
                PreparedStatement s = c.prepareStatement("INSERT INTO employee (nip, full_name, birth_date, sex,"
                        + " employment_type, appointed_on, position, work_unit_id, email, created_at, "
                        + SealedNik.COLUMNS + ") VALUES (?, ?, ?, 'M', ?, ?,"
                        + " 'Analis SDM', (SELECT id FROM work_unit WHERE code = ?), ?, now(), ?, ?, ?)")) {
            s.setString(1, nip);
            s.setString(2, name);
            s.setObject(3, BORN);
            s.setString(4, type);
            s.setObject(5, tmt);
            s.setString(6, unitCode);
            s.setString(7, "pegawai" + serial + "@example.test");
            SystemTest.bindNik(s, 8, SystemTest.nik("827203", BORN, false, serial));
            s.executeUpdate();
        }
        return nip;
    }

    /** Runs a training record import of these lines (after the header) to its end, as {@code token}. */
    static JsonObject importRecords(String token, String... lines) throws Exception {
        String csv = HEADER + "\n" + String.join("\n", lines) + "\n";
        return awaitJob(sendCsv("/api/v1/training-record-imports", token, csv.getBytes(StandardCharsets.UTF_8)), token);
    }

    /** A job's row errors as "line:field" → message. */
    static Map<String, String> errors(JsonObject job) {
        return job.getJsonArray("errors").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                e -> e.getJsonNumber("row").longValue() + ":" + e.getString("field"), e -> e.getString("message")));
    }

    /** The employee's development ledger of the year. */
    static JsonObject ledger(String nip, int year) throws IOException {
        HttpResponse<String> got = send("GET", "/api/v1/employees/" + nip + "/development?year=" + year, ADMIN_TOKEN,
                null);
        assertEquals(200, got.statusCode(), got.body());
        return object(got);
    }
}
