package id.sofifi.asn.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;

/**
 * One page of a filtered list and its total, read with the same conditions and parameters, so that the count a
 * table pages by always matches its rows. Repositories build the {@code from} clause (with its joins and
 * {@code WHERE}) from their own filter.
 */
public final class FilteredPage {
    private FilteredPage() {
    }

    /**
     * @param from e.g. {@code "Formation f JOIN f.workUnit w WHERE f.period.code = :period"}
     * @param alias the alias of the listed entity in {@code from}
     * @param orderBy the ORDER BY expression, already mapped from the request's sort field
     */
    public static <T> Page<T> read(EntityManager em, Class<T> type, String from, String alias,
            Map<String, Object> params, String orderBy, PageRequest request) {
        TypedQuery<T> query = em
                .createQuery("SELECT " + alias + " FROM " + from + " ORDER BY " + orderBy + ", " + alias + ".id", type);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ") FROM " + from, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<T> items = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }
}
