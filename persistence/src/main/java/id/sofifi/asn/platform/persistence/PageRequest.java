package id.sofifi.asn.platform.persistence;

import id.sofifi.asn.kernel.Violations;
import java.util.Map;

/**
 * Which page to read and how to order it. Size is capped at {@link #MAX_SIZE}; the sort field is a
 * name the repository knows (unknown names fall back to its default order).
 */
public record PageRequest(int page, int size, String sortField, boolean ascending) {
    public static final int MAX_SIZE = 500;

    public PageRequest {
        Violations violations = new Violations().check(page >= 0, "page", "validation.range", 0, Integer.MAX_VALUE)
                .check(size >= 1 && size <= MAX_SIZE, "size", "validation.range", 1, MAX_SIZE)
                .check((long) page * size <= Integer.MAX_VALUE, "page", "validation.range", 0,
                        Integer.MAX_VALUE / Math.max(size, 1));
        violations.throwIfAny();
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size, null, true);
    }

    /**
     * The ORDER BY expression for this request: the column mapped to the sort field, or the default
     * column when the field is absent or unknown (so a client can never inject a column name).
     */
    public String orderBy(Map<String, String> columns, String defaultColumn) {
        String column = sortField == null ? defaultColumn : columns.getOrDefault(sortField, defaultColumn);
        return column + (ascending ? " ASC" : " DESC");
    }

    public int offset() {
        return page * size;
    }
}
