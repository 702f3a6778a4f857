package id.sofifi.asn.selection.domain;

/** The SKD result of one application; rank and tie-break are null for TL, TH and DIS (API-CONTRACT.md). */
public record SkdOutcome(long applicationId, String registrationNumber, SkdCode code, Integer rank,
        TieBreak tieBreak) implements RankedOutcome {
}
