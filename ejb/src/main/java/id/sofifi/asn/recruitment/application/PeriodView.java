package id.sofifi.asn.recruitment.application;

import java.io.Serializable;
import id.sofifi.asn.recruitment.domain.PeriodDetails;
import id.sofifi.asn.recruitment.domain.PeriodStatus;
import id.sofifi.asn.recruitment.domain.ProcurementType;
import id.sofifi.asn.recruitment.domain.SelectionPeriod;
import java.time.Instant;
import java.time.LocalDate;

/** A selection period as screens and the API show it; {@code version} guards concurrent edits. */
public record PeriodView(String code, String name, int year, ProcurementType type, Instant registrationOpens,
        Instant registrationCloses, int objectionDays, PeriodStatus status, ThresholdsView thresholds,
        LocalDate documentsRetainedUntil, long version) implements Serializable {

    /** The details as they stand, to revise from. */
    public PeriodDetails details() {
        return new PeriodDetails(code, name, year, type, registrationOpens, registrationCloses, objectionDays);
    }

    static PeriodView of(SelectionPeriod p, Instant now) {
        return new PeriodView(p.code(), p.name(), p.year(), p.type(), p.registrationOpens(), p.registrationCloses(),
                p.objectionDays(), p.statusAt(now), ThresholdsView.of(p.thresholds()), p.documentsRetainedUntil(),
                p.version());
    }
}
