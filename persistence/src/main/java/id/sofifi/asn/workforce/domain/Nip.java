package id.sofifi.asn.workforce.domain;

import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.kernel.Violations;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Nomor Induk Pegawai, 18 digits: birth date {@code yyyyMMdd}, first appointment (TMT CPNS or TMT PPPK)
 * {@code yyyyMM}, sex (1 male, 2 female) and a serial 001–999 (ASN-RULES §4). The first fifteen digits are the
 * prefix that new appointees share; the serial tells them apart.
 */
public record Nip(String value) {
    private static final Pattern EIGHTEEN_DIGITS = Pattern.compile("\\d{18}");
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("uuuuMM");
    static final int MAX_SERIAL = 999;

    public Nip {
        if (value == null || !EIGHTEEN_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("not an 18-digit NIP");
        }
    }

    /** The fifteen digits every appointee with this birth date, first appointment month and sex shares. */
    public static String prefix(LocalDate birthDate, YearMonth firstAppointment, Sex sex) {
        return BIRTH.format(birthDate) + APPOINTMENT.format(firstAppointment) + (sex == Sex.M ? "1" : "2");
    }

    /**
     * The NIP for a new appointee: the lowest serial of the prefix that no one holds yet (ASN-RULES §4, case
     * G1). Fails when all 999 are taken, which a province never reaches for one birth date and month.
     */
    public static Nip firstFree(String prefix, Collection<Integer> usedSerials) {
        for (int serial = 1; serial <= MAX_SERIAL; serial++) {
            if (!usedSerials.contains(serial)) {
                return new Nip(prefix + String.format("%03d", serial));
            }
        }
        throw new IllegalStateException("all serials of prefix " + prefix + " are taken");
    }

    /**
     * Checks a typed NIP against the person's birth date, sex and first appointment and records the first
     * problem under {@code field}; answers the NIP when it agrees with all three.
     */
    public static Optional<Nip> check(String raw, LocalDate birthDate, Sex sex, LocalDate firstAppointment,
            String field, Violations violations) {
        if (!violations.require(raw, field)) {
            return Optional.empty();
        }
        String digits = raw.strip();
        if (!digits.chars().allMatch(Character::isDigit)) {
            violations.check(false, field, "nip.digitsOnly");
            return Optional.empty();
        }
        if (digits.length() != 18) {
            violations.check(false, field, "nip.length", digits.length());
            return Optional.empty();
        }
        Nip nip = new Nip(digits);
        Optional<String> problem = nip.structureProblem();
        if (problem.isEmpty() && birthDate != null && !nip.value.startsWith(BIRTH.format(birthDate))) {
            problem = Optional.of("nip.birthMismatch");
        }
        if (problem.isEmpty() && firstAppointment != null
                && !nip.value.substring(8, 14).equals(APPOINTMENT.format(firstAppointment))) {
            problem = Optional.of("nip.appointmentMismatch");
        }
        if (problem.isEmpty() && sex != null && nip.sex() != sex) {
            problem = Optional.of("nip.sexMismatch");
        }
        problem.ifPresent(key -> violations.check(false, field, key));
        return problem.isEmpty() ? Optional.of(nip) : Optional.empty();
    }

    /** The message key of the first structural fault: an impossible birth date or month, sex digit or serial. */
    Optional<String> structureProblem() {
        try {
            LocalDate.parse(value.substring(0, 8), BIRTH);
        } catch (DateTimeParseException e) {
            return Optional.of("nip.birthDate");
        }
        int month = Integer.parseInt(value.substring(12, 14));
        if (month < 1 || month > 12) {
            return Optional.of("nip.appointmentMonth");
        }
        char sexDigit = value.charAt(14);
        if (sexDigit != '1' && sexDigit != '2') {
            return Optional.of("nip.sexDigit");
        }
        return serial() == 0 ? Optional.of("nip.serial") : Optional.empty();
    }

    public String prefix() {
        return value.substring(0, 15);
    }

    public int serial() {
        return Integer.parseInt(value.substring(15));
    }

    Sex sex() {
        return value.charAt(14) == '1' ? Sex.M : Sex.F;
    }

    /** The NIP as public pages show it, e.g. on a certificate: {@code 19980407********01}. */
    public String masked() {
        return value.substring(0, 8) + "********" + value.substring(16);
    }

    @Override
    public String toString() {
        return value;
    }
}
