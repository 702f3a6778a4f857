package id.sofifi.asn.recruitment.domain;

/** The steps an applicant sees on their timeline; each one is also mailed to them. */
public enum TimelineStep {
    SUBMITTED, VERIFIED_MS, VERIFIED_TMS, ANNOUNCED, OBJECTION_FILED, OBJECTION_ACCEPTED, OBJECTION_REJECTED,
    /** Appointed CPNS from the final result; the note names the NIP and the TMT. */
    APPOINTED;

    public static TimelineStep verified(AdministrationResult result) {
        return result == AdministrationResult.MS ? VERIFIED_MS : VERIFIED_TMS;
    }
}
