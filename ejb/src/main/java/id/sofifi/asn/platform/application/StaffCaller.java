package id.sofifi.asn.platform.application;

import java.util.function.Predicate;

/** Who opened the staff home page: the account name and a test of the roles it holds. */
public record StaffCaller(String name, Predicate<String> roles) {
    /** Whether the caller holds any of {@code roleNames} (identity's Role names). */
    public boolean holds(String... roleNames) {
        for (String role : roleNames) {
            if (roles.test(role)) {
                return true;
            }
        }
        return false;
    }
}
