package id.sofifi.asn.oversight.domain;

/** What happened to a post: a moderator hid it, reports hid it, or a moderator restored it. */
public enum ModerationAction {
    HIDE, AUTO_HIDE, RESTORE
}
