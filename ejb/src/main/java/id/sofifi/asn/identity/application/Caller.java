package id.sofifi.asn.identity.application;

import id.sofifi.asn.identity.domain.Role;
import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;

/** Who a successful login or token turned out to be, and what they may do; kept in the staff session. */
public record Caller(String name, Set<Role> roles) implements Serializable {
    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
