package id.sofifi.asn.recruitment.domain;

/**
 * What the verification queue narrows by; any part may be null. {@code awaitingConfirmation} keeps
 * only proposals that wait for a supervisor.
 */
public record ApplicationFilter(String periodCode, String workUnitCode, String formationCode, ApplicationStatus status,
        String verifier, boolean awaitingConfirmation, String text) {
}
