package id.sofifi.asn.oversight.application;

import java.io.Serializable;
import id.sofifi.asn.oversight.domain.ComplaintStatus;
import java.time.Instant;

/** A case that may duplicate the one being verified, with the share of words they have in common (percent). */
public record DuplicateSuggestion(String trackingCode, String title, ComplaintStatus status, Instant receivedAt,
        int similarityPercent) implements Serializable {
}
