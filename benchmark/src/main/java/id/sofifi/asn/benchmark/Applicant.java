package id.sofifi.asn.benchmark;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One virtual applicant of a registration run: a NIK valid for the birth date and sex (ASN-RULES §1.1: region, day —
 * plus 40 for women —, month, two-digit year, serial), an e-mail address of its own and a password. The run's number
 * is in the NIK's region digits and the e-mail address, so a run on the same database never meets an earlier one's
 * accounts, and the check finds this run's applicants by {@link #emailPattern}.
 */
record Applicant(int index, String nik, String fullName, LocalDate birthDate, boolean female, String email,
        String password) {
    /** The NIK's four serial digits. */
    static final int MAX = 9999;
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1994, 1, 1);

    /** Applicant {@code index} (1 to {@link #MAX}) of run {@code run} (0 to 9999). */
    static Applicant of(int run, int index) {
        if (index < 1 || index > MAX) {
            throw new IllegalArgumentException("an applicant's index is 1 to " + MAX + ", not " + index);
        }
        LocalDate birth = FIRST_BIRTH.plusDays(index * 7L % 3650); // born 1994-2003: of age, under 35
        boolean female = index % 2 == 0;
        String nik = String.format(Locale.ROOT, "93%04d%02d%02d%02d%04d", run,
                birth.getDayOfMonth() + (female ? 40 : 0), birth.getMonthValue(), birth.getYear() % 100, index);
        return new Applicant(index, nik, "Pelamar Beban " + index, birth, female,
                String.format(Locale.ROOT, "beban-%04d-%04d@contoh.id", run, index),
                "Sandi-Beban-" + run + "-" + index);
    }

    /** The SQL LIKE pattern of every e-mail address of run {@code run}. */
    static String emailPattern(int run) {
        return String.format(Locale.ROOT, "beban-%04d-%%@contoh.id", run);
    }
}
