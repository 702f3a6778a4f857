package id.sofifi.asn.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request. Without it RESTEasy builds a new one per response, and Yasson
 * introspects the response types each time: a public announcement lookup cost about 4 ms of CPU instead
 * of a fraction of one (docs/benchmarks.md, issue 4, benchmark 3). Jsonb instances are thread-safe. Whole numbers of
 * request bodies are read exactly ({@link WholeNumbers}); instants are written with the WIT offset ({@link
 * WitInstants}).
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder
            .create(new JsonbConfig().withDeserializers(new WholeNumbers()).withSerializers(new WitInstants()));

    /** The instance, for an adapter that writes JSON without JAX-RS ({@code selection.api.EntryFastPath}). */
    public static Jsonb instance() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
