package id.sofifi.asn.oversight.application;

/** The answer to filing: the case and the reporter's secret, which is shown this once and never again. */
public record FiledComplaint(ComplaintView complaint, String secret) {
}
