package id.sofifi.asn.oversight.api;

/**
 * What a forum write sends: a new topic uses {@code workUnitCode}, {@code title} and {@code body}; a post and an
 * official answer {@code body}; a hiding {@code reason}.
 */
public record ForumBody(String workUnitCode, String title, String body, String reason) {
}
