package id.sofifi.asn.performance;

import id.sofifi.asn.privacy.domain.SealedNik;
import id.sofifi.asn.system.SystemTest;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * Work units and employees written with SQL inside the deployed application, for the in-container SKP tests: an OPD
 * with a bidang under it ({@code code + "-B"}), and employees with unique NIPs placed in either. Call inside a
 * transaction.
 */
final class SkpFixtures {
    private static final LocalDate BIRTH = LocalDate.of(1992, 2, 2);

    private SkpFixtures() {
    }

    /** An OPD {@code code} and its bidang {@code code-B}. */
    static void unitWithBidang(EntityManager em, String code) {
        em.createNativeQuery("INSERT INTO work_unit (code, name) VALUES (?1, 'Badan Uji SKP')").setParameter(1, code)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO work_unit (code, name, parent_id) SELECT ?1, 'Bidang Uji SKP', id"
                + " FROM work_unit WHERE code = ?2").setParameter(1, code + "-B").setParameter(2, code).executeUpdate();
    }

    private static String nip(int number) {
        return "19920202" + "2015" + "%02d".formatted(1 + number / 1000) + "1" + "%03d".formatted(number % 1000);
    }

    private static boolean taken(EntityManager em, String nip) {
        return !em.createNativeQuery("SELECT 1 FROM employee WHERE nip = ?1").setParameter(1, nip).getResultList()
                .isEmpty();
    }

    /** An employee numbered {@code serial} within the unit {@code unitCode}'s tests, placed in {@code placedIn}. */
    static String employee(EntityManager em, String unitCode, int serial, String placedIn) {
        // the unit's code spreads its employees over 10,000 numbers: the month of the NIP's TMT part and its serial;
        // two test units may meet in that space, so a number taken already is passed over
        int number = (Math.abs(unitCode.hashCode() % 9000) + serial) % 10_000;
        while (taken(em, nip(number))) {
            number = (number + 1) % 10_000;
        }
        String nip = nip(number);
        SealedNik nik = SystemTest.sealedNik("827204", BIRTH, false, number);
        em.createNativeQuery("INSERT INTO employee (nip, " + SealedNik.COLUMNS + ", full_name, birth_date, sex,"
                + " employment_type, appointed_on, position, work_unit_id, created_at) SELECT ?1, ?2, ?7, ?8, ?3, ?4,"
                + " 'M', 'PNS', ?5, 'Analis SDM', id, now() FROM work_unit WHERE code = ?6").setParameter(1, nip)
                .setParameter(2, nik.hash()).setParameter(7, nik.sealed()).setParameter(8, nik.keyId())
                .setParameter(3, "Pegawai Uji " + serial).setParameter(4, BIRTH)
                .setParameter(5, LocalDate.of(2015, 3, 1)).setParameter(6, placedIn).executeUpdate();
        return nip;
    }
}
