package id.sofifi.asn.identity.domain;

import id.sofifi.asn.platform.persistence.FilteredPage;
import id.sofifi.asn.platform.persistence.LikePattern;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Agency API clients and their tokens as stored. */
@Dependent
public class ApiClientRepository {
    private static final Map<String, String> SORTS = Map.of("agencyName", "c.agencyName", "contactName",
            "c.contactName", "expiresOn", "c.expiresOn", "createdAt", "c.createdAt");

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /** Stores a new client and assigns its id at once: its tokens' principal is made from it. */
    public void add(ApiClient client) {
        em.persist(client);
        em.flush();
    }

    public void add(ApiToken token) {
        em.persist(token);
    }

    public Optional<ApiClient> find(long id) {
        return Optional.ofNullable(em.find(ApiClient.class, id));
    }

    /** Clients whose agency, contact or e-mail contains the text, one sorted page. */
    public Page<ApiClient> page(String text, PageRequest request) {
        return FilteredPage.read(em, ApiClient.class,
                "ApiClient c WHERE LOWER(c.agencyName) LIKE :text OR LOWER(c.contactName) LIKE :text"
                        + " OR LOWER(c.contactEmail) LIKE :text",
                "c", Map.of("text", LikePattern.containing(text)), request.orderBy(SORTS, "c.agencyName"), request);
    }

    /** A client's tokens, newest first, revoked and expired ones included (the history an administrator reads). */
    public List<ApiToken> tokensOf(long clientId) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.client.id = :c ORDER BY t.createdAt DESC, t.id DESC",
                ApiToken.class).setParameter("c", clientId).getResultList();
    }

    /** The token with its client, for checking a call: one query. */
    public Optional<ApiToken> findToken(String secret) {
        return em
                .createQuery("SELECT t FROM ApiToken t LEFT JOIN FETCH t.client WHERE t.tokenHash = :h", ApiToken.class)
                .setParameter("h", ApiToken.hashOf(secret)).getResultStream().findFirst();
    }

    /**
     * Records a token's use unless another server recorded one within {@code every}: at most one write per token and
     * interval across all servers, however many calls it carries.
     */
    public void touch(long tokenId, Instant now, Duration every) {
        em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id"
                + " AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :before)").setParameter("now", now)
                .setParameter("id", tokenId).setParameter("before", now.minus(every)).executeUpdate();
    }
}
