package id.sofifi.asn.performance.application;

import java.io.Serializable;
import id.sofifi.asn.oversight.application.ComplaintDigest;
import id.sofifi.asn.servicequality.application.IkmView;
import java.time.LocalDate;
import java.util.List;

/**
 * Masukan masyarakat shown to the evaluating official beside a rating (ASN-RULES §2: a feedback source, not a score):
 * for the employee's work unit and the units above it, the IKM of their service units and the complaints about them
 * received in the period.
 *
 * @param workUnitCodes the employee's unit first, then each unit above it
 */
public record CitizensInput(List<String> workUnitCodes, LocalDate from, LocalDate to, List<IkmView> ikm,
        List<ComplaintDigest> complaints) implements Serializable {

    /** The units' codes as one line: "BKD-BID1, BKD". */
    public String units() {
        return String.join(", ", workUnitCodes);
    }
}
