package id.sofifi.asn.oversight;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;

/** Work units and reports the complaint system tests start from, made over the API as a client would. */
final class Reports {
    private Reports() {
    }

    /** A new work unit with a unique code starting with {@code prefix}, named "Unit " and its code. */
    static String unit(String prefix) throws IOException {
        String unit = unique(prefix);
        HttpResponse<String> created = send("POST", "/api/v1/work-units", ADMIN_TOKEN,
                "{\"code\":\"%s\",\"name\":\"Unit %s\"}".formatted(unit, unit));
        assertEquals(201, created.statusCode(), created.body());
        return unit;
    }

    /** Siti Rahma's complaint "Antrian layanan lama" about the unit; the 201 answer with its code and secret. */
    static JsonObject file(String privacy, String unit) throws IOException {
        HttpResponse<String> filed = send("POST", "/api/v1/complaints", null, """
                {"kind":"COMPLAINT","privacy":"%s","title":"Antrian layanan lama",
                 "body":"Antrian di loket pelayanan memakan waktu tiga jam.","workUnitCode":"%s",
                 "reporter":{"name":"Siti Rahma","email":"siti@example.id","phone":"0812 3456 7890"}}"""
                .formatted(privacy, unit));
        assertEquals(201, filed.statusCode(), filed.body());
        return object(filed);
    }
}
