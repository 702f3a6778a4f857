package id.sofifi.asn.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request. Without it RESTEasy builds a new one per response, and Yasson
 * introspects the response types each time: a public announcement lookup cost about 4 ms of CPU instead
 * of a fraction of one (docs/benchmarks.md, issue 4, benchmark 3). Jsonb instances are thread-safe.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
