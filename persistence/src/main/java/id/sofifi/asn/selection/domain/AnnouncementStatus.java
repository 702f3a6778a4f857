package id.sofifi.asn.selection.domain;

/** A draft can still be thrown away; a published announcement is frozen for good. */
public enum AnnouncementStatus {
    DRAFT, PUBLISHED
}
