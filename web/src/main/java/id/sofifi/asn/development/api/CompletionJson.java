package id.sofifi.asn.development.api;

/**
 * The body of {@code POST /trainings/{code}/enrolments/{nip}/completion} ({@code result} PASSED or NOT_PASSED,
 * {@code completedOn} an ISO date, the training's end when absent) and its answer, with the certificate number of
 * a pass.
 */
public record CompletionJson(String result, String completedOn, String certificateNumber) {
}
