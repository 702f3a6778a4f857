package id.sofifi.asn.recruitment.domain;

/** The steps an applicant sees on their timeline; each one is also mailed to them. */
public enum TimelineStep {
    SUBMITTED, VERIFIED_MS, VERIFIED_TMS, ANNOUNCED, OBJECTION_FILED, OBJECTION_ACCEPTED, OBJECTION_REJECTED;

    public static TimelineStep verified(AdministrationResult result) {
        return result == AdministrationResult.MS ? VERIFIED_MS : VERIFIED_TMS;
    }
}
