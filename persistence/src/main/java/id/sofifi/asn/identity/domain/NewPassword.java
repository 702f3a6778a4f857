package id.sofifi.asn.identity.domain;

import id.sofifi.asn.kernel.Violations;
import java.util.Arrays;

/** The rule for a password a person chooses (applicants and employees alike): at least 8 characters, typed twice. */
public final class NewPassword {
    public static final int MIN_LENGTH = 8;

    private NewPassword() {
    }

    public static void check(char[] password, char[] repeated, Violations violations) {
        if (violations.require(password == null || password.length == 0 ? null : "x", "password")) {
            violations.check(password.length >= MIN_LENGTH, "password", "password.tooShort", MIN_LENGTH);
            violations.check(Arrays.equals(password, repeated), "passwordRepeat", "password.repeatDiffers");
        }
    }
}
