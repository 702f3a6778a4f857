package id.sofifi.asn.recruitment.domain;

/** Where an application stands in administrative selection: awaiting a final decision, or MS / TMS. */
public enum ApplicationStatus {
    SUBMITTED, MS, TMS
}
