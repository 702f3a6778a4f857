package id.sofifi.asn.platform.web;

import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table over a paged use case: sorting, filtering and paging happen in the database,
 * so a table of a hundred thousand rows reads one page at a time.
 */
public class PagedLazyModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** Reads one page given the table's column filters (by field name) and the requested page. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(Map<String, String> filters, PageRequest request);
    }

    private final Loader<T> loader;

    public PagedLazyModel(Loader<T> loader) {
        this.loader = loader;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) loader.load(filters(filterBy), PageRequest.of(0, 1)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PageRequest request = new PageRequest(first / size, size, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
        Page<T> page = loader.load(filters(filterBy), request);
        setRowCount((int) page.total());
        return page.items();
    }

    private static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>();
        filterBy.forEach((field, meta) -> {
            Object value = meta.getFilterValue();
            if (value != null && !value.toString().isBlank()) {
                filters.put(field, value.toString());
            }
        });
        return filters;
    }
}
