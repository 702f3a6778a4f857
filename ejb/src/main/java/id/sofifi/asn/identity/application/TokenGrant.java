package id.sofifi.asn.identity.application;

import id.sofifi.asn.identity.domain.ApiScope;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a valid bearer token grants: the caller, the token (the key of its rate limit) and, for an agency client's
 * token, the endpoint groups it may call. A staff account's token is limited by its roles only.
 */
public record TokenGrant(Caller caller, long tokenId, Optional<Set<ApiScope>> scopes) {
    public TokenGrant {
        scopes = scopes.map(EnumSet::copyOf);
    }

    /** Whether an endpoint of {@code group} (empty: a resource outside every group) may be called. */
    public boolean allows(Optional<ApiScope> group) {
        return scopes.isEmpty() || group.map(scopes.get()::contains).orElse(false);
    }
}
