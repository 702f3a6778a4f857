package id.sofifi.asn.identity.application;

import java.io.Serializable;
import id.sofifi.asn.identity.domain.ApiClient;
import id.sofifi.asn.identity.domain.ApiScope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An agency client with its tokens, newest first; {@code lastUsedAt} is the latest use of any of them. */
public record ApiClientView(long id, String agencyName, String contactName, String contactEmail, Set<ApiScope> scopes,
        LocalDate expiresOn, String createdBy, Instant createdAt, Instant lastUsedAt,
        List<ApiTokenView> tokens) implements Serializable {

    static ApiClientView of(ApiClient c, List<ApiTokenView> tokens) {
        Instant lastUsed = tokens.stream().map(ApiTokenView::lastUsedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new ApiClientView(c.id(), c.agencyName(), c.contactName(), c.contactEmail(), c.scopes(), c.expiresOn(),
                c.createdBy(), c.createdAt(), lastUsed, List.copyOf(tokens));
    }
}
