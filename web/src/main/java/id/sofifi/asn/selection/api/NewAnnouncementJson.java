package id.sofifi.asn.selection.api;

/** {@code {"stage":"ADMINISTRATION|SKD|FINAL","corrects":12}}; {@code corrects} only for a correction. */
public record NewAnnouncementJson(String stage, Long corrects) {
}
