package id.sofifi.asn.oversight.domain;

import id.sofifi.asn.kernel.DomainException;

/** An account wrote more than its {@link PostingLimit} allows; the API answers 429. */
public class PostingRateExceeded extends DomainException {
    public PostingRateExceeded(int posts, long minutes) {
        super("forum.rateExceeded", posts, minutes);
    }
}
