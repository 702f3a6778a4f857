package id.sofifi.asn.development.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;

/**
 * One employee's JP account for one year (ASN-RULES §4, cases J1 and J2): what the completed trainings of the year
 * earned, what the year requires, and the shortfall {@code max(0, required − earned)}.
 */
public record JpLedger(int year, Jp earned, Jp required, Jp shortfall) implements Serializable {

    /** The ledger of {@code year} from the JP of the trainings completed in it. */
    public static JpLedger of(LocalDate firstAppointment, int year, Collection<Jp> completedInYear) {
        Jp earned = Jp.sum(completedInYear);
        Jp required = JpRequirement.required(firstAppointment, year);
        return new JpLedger(year, earned, required, required.minusAtLeastZero(earned));
    }
}
