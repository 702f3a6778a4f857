package id.sofifi.asn.selection.domain;

/**
 * Published language of selection: a stage's results are about to be snapshotted into a draft. Fired
 * synchronously before the draft is stored, so the context that owns the results (recruitment for the
 * ADMINISTRATION stage) can refuse with a {@link id.sofifi.asn.kernel.DomainException} while they are
 * not final; the refusal reaches the staff member who asked and nothing is stored.
 */
public record AnnouncementPreparing(long periodId, String periodCode, AnnouncementStage stage) {
}
