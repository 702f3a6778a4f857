package id.sofifi.asn.platform.api;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.time.Instant;

/**
 * Instants in response bodies the API writes from use-case views as it writes them by hand ({@link WitTime}): with
 * the WIT offset. JSON-B's default is UTC, which put {@code createdAt} of an API client nine hours off the screens'.
 */
public class WitInstants implements JsonbSerializer<Instant> {
    @Override
    public void serialize(Instant instant, JsonGenerator generator, SerializationContext context) {
        generator.write(WitTime.iso(instant));
    }
}
