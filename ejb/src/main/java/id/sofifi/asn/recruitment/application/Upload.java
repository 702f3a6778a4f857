package id.sofifi.asn.recruitment.application;

/** A file as it arrived from a browser: nothing about it is trusted yet. */
public record Upload(String requirementCode, String originalName, byte[] content) {
}
