package id.sofifi.asn.identity.application;

import id.sofifi.asn.identity.domain.Role;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Who a successful login or token turned out to be, and what they may do; kept in the session. */
public record Caller(String name, Set<Role> roles) implements Serializable {
    /** Applicants appear under this prefix and their account id, never under their NIK (UU 27/2022). */
    private static final String APPLICANT_PREFIX = "applicant:";

    public static Caller applicant(long applicantId) {
        return new Caller(APPLICANT_PREFIX + applicantId, EnumSet.of(Role.APPLICANT));
    }

    /** The applicant account behind a caller name, when the caller is an applicant. */
    public static Optional<Long> applicantId(String callerName) {
        return callerName != null && callerName.startsWith(APPLICANT_PREFIX)
                ? Optional.of(Long.parseLong(callerName.substring(APPLICANT_PREFIX.length())))
                : Optional.empty();
    }

    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
