package id.sofifi.asn.platform.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/**
 * The search of small reference lists (periods, work units): entities whose {@code code} or
 * {@code name} contains the typed text, case-insensitively, one sorted page of them. Queries use the
 * alias {@code e}, so sort columns are given as {@code e.field}.
 */
public final class CodeOrNameSearch {
    private CodeOrNameSearch() {
    }

    public static <T> Page<T> page(EntityManager em, Class<T> type, String text, PageRequest request,
            Map<String, String> sortColumns, String defaultSort) {
        String pattern = LikePattern.containing(text);
        String from = " FROM " + type.getSimpleName() + " e WHERE LOWER(e.code) LIKE :text OR LOWER(e.name) LIKE :text";
        List<T> items = em
                .createQuery("SELECT e" + from + " ORDER BY " + request.orderBy(sortColumns, defaultSort) + ", e.id",
                        type)
                .setParameter("text", pattern).setFirstResult(request.offset()).setMaxResults(request.size())
                .getResultList();
        long total = em.createQuery("SELECT COUNT(e)" + from, Long.class).setParameter("text", pattern)
                .getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }
}
