package id.sofifi.asn.oversight.application;

import java.io.Serializable;
import id.sofifi.asn.oversight.domain.Complaint;
import id.sofifi.asn.oversight.domain.ComplaintStatus;
import id.sofifi.asn.oversight.domain.Privacy;
import java.time.Instant;

/**
 * A case in a list other contexts show staff, such as the citizens' input beside an SKP rating: no body and never the
 * reporter; a confidential case without its title.
 *
 * @param title null for a {@link Privacy#CONFIDENTIAL} case
 */
public record ComplaintDigest(String trackingCode, String title, ComplaintStatus status,
        Instant receivedAt) implements Serializable {
    static ComplaintDigest of(Complaint c) {
        return new ComplaintDigest(c.trackingCode(), c.privacy() == Privacy.CONFIDENTIAL ? null : c.title(), c.status(),
                c.receivedAt());
    }
}
