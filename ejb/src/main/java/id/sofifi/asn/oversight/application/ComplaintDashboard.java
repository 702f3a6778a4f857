package id.sofifi.asn.oversight.application;

import id.sofifi.asn.oversight.domain.ComplaintTally;
import java.time.LocalDate;
import java.util.List;

/**
 * The public complaint dashboard (dasbor pengaduan) over a period: a row per unit under the scope and the scope's
 * total; {@code scope} null stands for the whole province.
 */
public record ComplaintDashboard(LocalDate from, LocalDate to, UnitFigures scope, List<UnitFigures> units,
        ComplaintTally total) {

    /** The largest number received by one row, for scaling bars (at least 1). */
    public long mostReceived() {
        return Math.max(1, units.stream().mapToLong(u -> u.tally().received()).max().orElse(0));
    }
}
