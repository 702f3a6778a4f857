package id.sofifi.asn.recruitment.domain;

/** The three groups of SKD passing thresholds (nilai ambang batas), ASN-RULES.md §1.4. */
public enum ThresholdGroup {
    GENERAL, CUMLAUDE, AFFIRMATIVE
}
