package id.sofifi.asn.development;

import static id.sofifi.asn.system.SystemTest.SUPERVISOR_TOKEN;
import static id.sofifi.asn.development.DevelopmentFixture.HEADER;
import static id.sofifi.asn.development.DevelopmentFixture.employee;
import static id.sofifi.asn.development.DevelopmentFixture.errors;
import static id.sofifi.asn.development.DevelopmentFixture.importRecords;
import static id.sofifi.asn.development.DevelopmentFixture.ledger;
import static id.sofifi.asn.development.DevelopmentFixture.unit;
import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.AGENCY_TOKEN;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.sendCsv;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** POST /training-record-imports (API-CONTRACT, Workforce and development) and its effect on the JP ledger. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingRecordImportIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    /** A training held here, 24 JP, technical; answers its code. */
    private static String training() throws IOException {
        String partner = unique("MT");
        assertEquals(201,
                send("POST", "/api/v1/training-partners", ADMIN_TOKEN,
                        "{\"code\":\"%s\",\"name\":\"Mitra %s\",\"kind\":\"OTHER\"}".formatted(partner, partner))
                        .statusCode());
        String code = unique("TR");
        HttpResponse<String> created = send("POST", "/api/v1/trainings", ADMIN_TOKEN, """
                {"code":"%s","title":"Pelatihan Analisis Jabatan","partnerCode":"%s","competence":"MANAGERIAL",
                 "form":"CLASSICAL","latsar":false,"startsOn":"2026-05-04","endsOn":"2026-05-08","jp":"24",
                 "capacity":30}""".formatted(code, partner));
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    private static Map<String, JsonObject> recordsByTitle(JsonObject ledger) {
        return ledger.getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("title"), r -> r));
    }

    @Test
    @DisplayName("§4: bad rows are refused by line and field; good rows count in the JP ledger; re-sending updates")
    void importChecksRowsAndFeedsTheLedger() throws Exception {
        String opd = unit(null);
        String nip = employee("PNS", LocalDate.of(2015, 3, 1), "Siti Impor", opd);
        String other = employee("PNS", LocalDate.of(2016, 4, 1), "Rudi Impor", opd);
        String code = training();
        String future = LocalDate.now(ZoneId.of("Asia/Jayapura")).plusDays(10).toString();
        // line 2: held here, the title from the training
        JsonObject job = importRecords(AGENCY_TOKEN, nip + "," + code + ",,,8,2026-05-08,SRT-A-" + code,
                nip + ",,Bimtek Arsip Digital,TECHNICAL,6.5,2026-06-01,", // 3: held elsewhere
                nip + ",,Bimtek Tiga Desimal,TECHNICAL,4.125,2026-06-02,", // 4: jp three decimals
                nip + ",,Bimtek Nol,TECHNICAL,0,2026-06-03,", // 5: jp 0
                nip + ",,Bimtek Besar,TECHNICAL,201,2026-06-04,", // 6: jp 201
                "199001011999011999,,Bimtek Asing,TECHNICAL,4,2026-06-05,", // 7: no such employee
                nip + ",NOPE-" + code + ",,,4,2026-06-06,", // 8: unknown training code
                nip + ",,,TECHNICAL,4,2026-06-07,", // 9: held elsewhere without title
                nip + ",,Bimtek Rohani,SPIRITUAL,4,2026-06-08,", // 10: bad competence
                nip + ",,Bimtek Esok,TECHNICAL,4," + future + ",", // 11: completed in the future
                nip + ",,Latsar CPNS Kabupaten,LATSAR,40,2026-04-01,LTS-" + code); // 12: a Latsar held elsewhere
        assertEquals("COMPLETED", job.getString("status"), job.toString());
        assertEquals(11, job.getInt("read"));
        assertEquals(3, job.getInt("written"), job.toString());
        assertEquals(8, job.getInt("skipped"));
        Map<String, String> errors = errors(job);
        assertEquals(List.of("10:competence", "11:completed_on", "4:jp", "5:jp", "6:jp", "7:nip", "8:training_code",
                "9:title"), errors.keySet().stream().sorted().toList(), errors.toString());
        assertEquals("JP paling banyak dua angka di belakang koma", errors.get("4:jp"));
        assertEquals("JP harus lebih dari 0 dan paling banyak 200", errors.get("5:jp"));
        assertEquals("JP harus lebih dari 0 dan paling banyak 200", errors.get("6:jp"));
        assertEquals("tidak ada pegawai dengan NIP 199001011999011999", errors.get("7:nip"));
        assertEquals("pelatihan dengan kode NOPE-" + code + " tidak ada", errors.get("8:training_code"));
        assertEquals("wajib diisi", errors.get("9:title"));
        assertEquals("kompetensi \"SPIRITUAL\" harus TECHNICAL, MANAGERIAL, SOCIOCULTURAL atau LATSAR",
                errors.get("10:competence"));
        assertTrue(errors.get("11:completed_on").startsWith("tanggal selesai tidak boleh sesudah hari ini"),
                errors.toString());

        JsonObject ledger = ledger(nip, 2026);
        assertEquals("54.50", ledger.getString("earnedJp"), "8 + 6.5 + 40");
        assertEquals("0", ledger.getString("shortfallJp"));
        Map<String, JsonObject> records = recordsByTitle(ledger);
        assertEquals(3, records.size(), records.toString());
        JsonObject heldHere = records.get("Pelatihan Analisis Jabatan");
        assertEquals("MANAGERIAL", heldHere.getString("competence"), "a known code takes the training's competence");
        assertEquals("8", heldHere.getString("jp"));
        assertEquals("LATSAR", records.get("Latsar CPNS Kabupaten").getString("competence"));

        // the same completion: JP updated, certificate kept
        JsonObject resent = importRecords(ADMIN_TOKEN, nip + "," + code + ",,,10,2026-05-08,",
                nip + ",,Bimtek Arsip Digital,TECHNICAL,6.5,2026-06-01,SRT-B-" + code, // certificate added
                other + ",,Bimtek Lain,TECHNICAL,2,2026-06-01,SRT-B-" + code); // 4: certificate of line 3
        assertEquals(2, resent.getInt("written"), resent.toString());
        assertEquals(Map.of("4:certificate_number", "nomor sertifikat sudah dipakai di baris 3 berkas ini"),
                errors(resent));
        JsonObject after = ledger(nip, 2026);
        assertEquals("56.50", after.getString("earnedJp"), "10 + 6.5 + 40");
        Map<String, JsonObject> again = recordsByTitle(after);
        assertEquals(3, again.size(), "re-sending never duplicates: " + again);
        assertEquals("SRT-A-" + code, again.get("Pelatihan Analisis Jabatan").getString("certificateNumber"));
        assertEquals("SRT-B-" + code, again.get("Bimtek Arsip Digital").getString("certificateNumber"));

        JsonObject taken = importRecords(ADMIN_TOKEN, other + ",,Bimtek Lain,TECHNICAL,2,2026-06-01,SRT-A-" + code);
        assertEquals(Map.of("2:certificate_number",
                "nomor sertifikat SRT-A-" + code + " sudah tercatat untuk pelatihan lain"), errors(taken));
        assertEquals("0", ledger(other, 2026).getString("earnedJp"));
    }

    @Test
    @DisplayName("A header with an unknown column is refused whole with 400; administrators and agencies import")
    void wrongHeaderAndRoles() throws IOException {
        HttpResponse<String> unknown = sendCsv("/api/v1/training-record-imports", ADMIN_TOKEN,
                (HEADER + ",angkatan\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("angkatan"), unknown.body());
        byte[] empty = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(403, sendCsv("/api/v1/training-record-imports", SUPERVISOR_TOKEN, empty).statusCode());
        assertEquals(401, sendCsv("/api/v1/training-record-imports", null, empty).statusCode());
    }
}
