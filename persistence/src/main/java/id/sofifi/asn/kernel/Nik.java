package id.sofifi.asn.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Nomor Induk Kependudukan: 16 digits {@code PP KK CC DD MM YY SSSS} (province, regency, district,
 * birth day — plus 40 for women —, month, two-digit year, serial 0001–9999). ASN-RULES §1.1; any
 * province is accepted because applicants come from everywhere. Confidential: show it {@link #masked()}.
 */
public record Nik(String value) {
    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("\\d{16}");
    private static final int WOMEN_DAY_OFFSET = 40;

    public Nik {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a 16-digit NIK");
        }
    }

    /** Whether {@code value} is sixteen digits, the shape every NIK has (its structure aside). */
    public static boolean isWellFormed(String value) {
        return value != null && SIXTEEN_DIGITS.matcher(value).matches();
    }

    /**
     * The NIK §1.1 encodes for a six-digit region (province, regency, district), a birth date, a sex (women: day +
     * 40) and a serial: how demo data and fixtures make valid NIKs of people who do not exist.
     */
    public static Nik of(String region, LocalDate birthDate, Sex sex, int serial) {
        return new Nik(region
                + String.format("%02d%02d%02d%04d", birthDate.getDayOfMonth() + (sex == Sex.F ? WOMEN_DAY_OFFSET : 0),
                        birthDate.getMonthValue(), birthDate.getYear() % 100, serial));
    }

    /**
     * Checks a typed NIK against the birth date and sex given with it and records the first problem
     * under {@code field}. Returns the NIK when it is valid.
     */
    public static Optional<Nik> check(String raw, LocalDate birthDate, Sex sex, String field, Violations violations) {
        if (!violations.require(raw, field)) {
            return Optional.empty();
        }
        String digits = raw.strip();
        if (!digits.chars().allMatch(Character::isDigit)) {
            violations.check(false, field, "nik.digitsOnly");
            return Optional.empty();
        }
        if (digits.length() != 16) {
            violations.check(false, field, "nik.length", digits.length());
            return Optional.empty();
        }
        Nik nik = new Nik(digits);
        Optional<String> problem = nik.structureProblem();
        if (problem.isPresent()) {
            violations.check(false, field, problem.get());
            return Optional.empty();
        }
        if (birthDate != null && sex != null && !nik.matches(birthDate, sex)) {
            violations.check(false, field, "nik.birthMismatch");
            return Optional.empty();
        }
        return Optional.of(nik);
    }

    /** The message key of the first structural fault (impossible day, month, date or serial). */
    Optional<String> structureProblem() {
        int day = encodedDay();
        int month = number(8, 10);
        if (day < 1 || day > 71 || (day > 31 && day <= WOMEN_DAY_OFFSET)) {
            return Optional.of("nik.day");
        }
        if (month < 1 || month > 12) {
            return Optional.of("nik.month");
        }
        if (number(12, 16) == 0) {
            return Optional.of("nik.serial");
        }
        try {
            // 2000 is a leap year, so 29 February passes here; the exact year is checked against the birth date
            LocalDate.of(2000, month, day > WOMEN_DAY_OFFSET ? day - WOMEN_DAY_OFFSET : day);
        } catch (DateTimeException e) {
            return Optional.of("nik.day");
        }
        return Optional.empty();
    }

    /** Whether the encoded day, month and two-digit year match the birth date, with women's day + 40. */
    public boolean matches(LocalDate birthDate, Sex sex) {
        int expectedDay = birthDate.getDayOfMonth() + (sex == Sex.F ? WOMEN_DAY_OFFSET : 0);
        return encodedDay() == expectedDay && number(8, 10) == birthDate.getMonthValue()
                && number(10, 12) == birthDate.getYear() % 100;
    }

    /** The NIK as public lists may show it: region code and serial only, e.g. {@code 8272********0001}. */
    public String masked() {
        return value.substring(0, 4) + "********" + value.substring(12);
    }

    private int encodedDay() {
        return number(6, 8);
    }

    private int number(int from, int to) {
        return Integer.parseInt(value.substring(from, to));
    }

    @Override
    public String toString() {
        return masked();
    }
}
