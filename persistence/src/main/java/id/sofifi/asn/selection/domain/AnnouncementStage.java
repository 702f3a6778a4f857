package id.sofifi.asn.selection.domain;

/** Which result an announcement publishes: administrative (MS/TMS), SKD (§1.5) or final (§1.6–1.7). */
public enum AnnouncementStage {
    ADMINISTRATION, SKD, FINAL
}
