package id.sofifi.asn.identity.application;

import id.sofifi.asn.identity.domain.LoginOutcome;
import java.util.Optional;

/** The outcome of a login attempt, with the caller when it succeeded. */
public record LoginResult(LoginOutcome outcome, Caller caller) {
    public Optional<Caller> success() {
        return outcome == LoginOutcome.SUCCESS ? Optional.of(caller) : Optional.empty();
    }
}
