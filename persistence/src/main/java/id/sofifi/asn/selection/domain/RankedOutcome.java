package id.sofifi.asn.selection.domain;

/** What both result tables store of one ranked application: code, rank and tie-break in its formation. */
public interface RankedOutcome {
    long applicationId();

    /** The result code; its label is what the table stores. */
    ResultCode code();

    /** Null for codes that carry no rank (e.g. TH, DIS). */
    Integer rank();

    TieBreak tieBreak();
}
