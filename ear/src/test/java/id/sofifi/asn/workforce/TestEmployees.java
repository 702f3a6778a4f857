package id.sofifi.asn.workforce;

import id.sofifi.asn.privacy.domain.SealedNik;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.SystemTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Employees a system test needs, written straight into the database (the import and appointment have tests of their
 * own): a woman born 21 June 1987, placed in the first work unit or the one named, with a NIP and NIK that agree with birth date, sex
 * and TMT (ASN-RULES §4, §1.1) and serials no other test uses.
 */
public final class TestEmployees {
    private static final LocalDate BIRTH = LocalDate.of(1987, 6, 21);
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 400));

    private TestEmployees() {
    }

    /** Inserts the employee and answers the NIP. */
    public static String insert(String name, String employmentType, LocalDate appointedOn, String email)
            throws SQLException {
        return insert(name, employmentType, appointedOn, email, null);
    }

    /** Inserts the employee into the unit {@code unitCode} (null: the first work unit) and answers the NIP. */
    public static String insert(String name, String employmentType, LocalDate appointedOn, String email,
            String unitCode) throws SQLException {
        int serial = NEXT.incrementAndGet() % 999 + 1;
        String nip = "19870621" + String.format("%04d%02d", appointedOn.getYear(), appointedOn.getMonthValue()) + "2"
                + String.format("%03d", serial);
        try (Connection db = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement insert = db.prepareStatement("INSERT INTO employee (nip, " + SealedNik.COLUMNS
                        + ", full_name, birth_date, sex, employment_type, appointed_on, position, work_unit_id, email,"
                        + " created_at) SELECT ?, ?, ?, ?, ?, ?, 'F', ?, ?, 'Analis Kepegawaian', min(id), ?, now()"
                        + " FROM work_unit" + " WHERE code = ? OR ?::varchar IS NULL")) {
            insert.setString(1, nip);
            SystemTest.bindNik(insert, 2, SystemTest.nik("827205", BIRTH, true, 5000 + serial));
            insert.setString(5, name);
            insert.setObject(6, BIRTH);
            insert.setString(7, employmentType);
            insert.setObject(8, appointedOn);
            insert.setString(9, email);
            insert.setString(10, unitCode);
            insert.setString(11, unitCode);
            assertEquals(1, insert.executeUpdate());
        }
        return nip;
    }
}
