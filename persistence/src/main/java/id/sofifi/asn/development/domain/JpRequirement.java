package id.sofifi.asn.development.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How many JP an employee owes in a year (ASN-RULES §4, PP 17/2020 Pasal 203(4)): 20, except in the year of first
 * appointment, where it is {@code 20 × months / 12} for the months left, the month of appointment included,
 * rounded half-up to two decimals; nothing in the years before the appointment.
 */
public final class JpRequirement {
    public static final Jp YEARLY = new Jp(BigDecimal.valueOf(20));
    private static final int MONTHS = 12;

    private JpRequirement() {
    }

    public static Jp required(LocalDate firstAppointment, int year) {
        if (year < firstAppointment.getYear()) {
            return Jp.ZERO;
        }
        if (year > firstAppointment.getYear()) {
            return YEARLY;
        }
        int monthsLeft = MONTHS - firstAppointment.getMonthValue() + 1;
        return new Jp(YEARLY.value().multiply(BigDecimal.valueOf(monthsLeft)).divide(BigDecimal.valueOf(MONTHS),
                Jp.SCALE, RoundingMode.HALF_UP));
    }
}
