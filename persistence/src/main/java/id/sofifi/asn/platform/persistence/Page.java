package id.sofifi.asn.platform.persistence;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total so that a table or client can page on. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
