package id.sofifi.asn.oversight.domain;

/**
 * The counts behind the four deadlines (ASN-RULES §5, each [P]): working days to route, to follow up, to wait for
 * the reporter before closing, and calendar days to settle the whole case.
 */
public record DeadlineRules(int routeDays, int followUpDays, int closeDays, int settleDays) {
    /** Perpres 76/2013 and PermenPANRB 62/2018 practice: 3, 5 and 10 working days, 60 days in all. */
    public static final DeadlineRules DEFAULTS = new DeadlineRules(3, 5, 10, 60);

    public DeadlineRules {
        if (routeDays < 1 || followUpDays < 1 || closeDays < 1 || settleDays < 1) {
            throw new IllegalArgumentException("deadline counts must be positive");
        }
    }
}
