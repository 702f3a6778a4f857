package id.sofifi.asn.identity.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.ApiClient;
import id.sofifi.asn.identity.domain.ApiClientRepository;
import id.sofifi.asn.identity.domain.ApiToken;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Administrators manage the agencies that call the API (klien API instansi): create a client with its scopes and
 * expiry, issue a token (shown once), rotate it (the old one keeps working for {@link ApiToken#ROTATION_GRACE}) and
 * revoke one at once. Every act is audited; no audit text carries a token.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ApiClientService {
    @Inject
    ApiClientRepository clients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public ApiClientView create(ApiClient.Description description) {
        ApiClient client = ApiClient.of(description, session.getCallerPrincipal().getName(), clock.instant());
        clients.add(client);
        audit.record("apiClient.created", "ApiClient", String.valueOf(client.id()), null, client,
                "Klien API " + client.agencyName() + " dibuat, cakupan " + client.scopes() + ", berlaku sampai "
                        + client.expiresOn());
        return view(client);
    }

    public Page<ApiClientView> list(String text, PageRequest request) {
        return clients.page(text, request).map(this::view);
    }

    public ApiClientView find(long id) {
        return view(client(id));
    }

    /**
     * A new token for the client. Tokens it already had are rotated out: each keeps working for the grace period (or
     * until its own earlier end), so the agency can switch without an outage.
     */
    public IssuedToken issueToken(long clientId) {
        ApiClient client = client(clientId);
        Instant now = clock.instant();
        List<ApiToken> rotated = clients.tokensOf(clientId).stream().filter(t -> t.usableAt(now)).toList();
        rotated.forEach(t -> t.retire(now));
        ApiToken.Issued issued = ApiToken.issue(client, now);
        clients.add(issued.token());
        audit.record(rotated.isEmpty() ? "apiToken.issued" : "apiToken.rotated", "ApiClient", String.valueOf(clientId),
                null, issued.token().tokenHint(),
                "Token " + issued.token().tokenHint() + "… diterbitkan untuk " + client.agencyName()
                        + (rotated.isEmpty()
                                ? ""
                                : "; " + rotated.size() + " token lama berlaku " + ApiToken.ROTATION_GRACE.toHours()
                                        + " jam lagi"));
        return new IssuedToken(ApiTokenView.of(issued.token(), now), issued.secret());
    }

    /** Refuses the token from this moment on; revoking it again changes nothing and is not audited twice. */
    public ApiTokenView revokeToken(long clientId, long tokenId) {
        ApiClient client = client(clientId);
        ApiToken token = clients.tokensOf(clientId).stream().filter(t -> t.id() == tokenId).findFirst()
                .orElseThrow(() -> new NotFoundException("apiToken.notFound", tokenId));
        Instant now = clock.instant();
        if (token.revokedAt() == null) {
            token.revoke(now);
            audit.record("apiToken.revoked", "ApiClient", String.valueOf(clientId), token.tokenHint(), null,
                    "Token " + token.tokenHint() + "… milik " + client.agencyName() + " dicabut");
        }
        return ApiTokenView.of(token, now);
    }

    private ApiClient client(long id) {
        return clients.find(id).orElseThrow(() -> new NotFoundException("apiClient.notFound", id));
    }

    private ApiClientView view(ApiClient client) {
        Instant now = clock.instant();
        return ApiClientView.of(client,
                clients.tokensOf(client.id()).stream().map(t -> ApiTokenView.of(t, now)).toList());
    }
}
