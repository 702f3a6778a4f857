package id.sofifi.asn.recruitment.domain;

/** MS (memenuhi syarat) or TMS (tidak memenuhi syarat): the panel's administrative verdict (ASN-RULES §1.2). */
public enum AdministrationResult {
    MS, TMS;

    public ApplicationStatus status() {
        return this == MS ? ApplicationStatus.MS : ApplicationStatus.TMS;
    }
}
