package id.sofifi.asn.oversight.domain;

/** What happened to a case, one entry of its timeline. */
public enum EventKind {
    FILED, ROUTED, REFUSED, FOLLOWED_UP, REPLIED, CLOSED, REOPENED,
    /** The reporter did not answer a follow-up by the end of the closing day (§5): the case closed by itself. */
    CLOSED_WITHOUT_REPLY,
    /** A missed step was reported to the unit's head; the note names the step. */
    ESCALATED_TO_HEAD,
    /** A step still missed was reported to the inspectorate; the note names the step. */
    ESCALATED_TO_INSPECTORATE,
    /** This case duplicates another and was merged into it; the note names the surviving case. */
    MERGED_INTO,
    /** A duplicate case was merged into this one; the note names it. */
    DUPLICATE_JOINED,
    /** The reporter rated the unit's answer and so closed the case; the note is the rating, 1 to 4. */
    RATED
}
