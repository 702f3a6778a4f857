package id.sofifi.asn.recruitment.application;

/**
 * What the registration card of one applicant shows: what anyone may check of the registration, with the
 * education, the photo (JPEG or PNG, or null when none was uploaded) and the address its QR code opens.
 */
public record CardData(PublicRegistration registration, String education, byte[] photo, String verificationUrl) {
}
