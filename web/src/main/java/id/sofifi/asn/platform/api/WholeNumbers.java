package id.sofifi.asn.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Reads a whole-number field of a request body exactly. JSON-B on its own truncates {@code 3.000…001} to 3 and
 * lets {@code 1e400} or 2^63 overflow, so a client's absurd number would be stored as another one; here it is
 * refused, and binding's refusal names the property.
 */
final class WholeNumbers implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
        String text;
        try {
            text = parser.getString();
        } catch (IllegalStateException e) {
            // JSON null (an unanswered survey element) has no text: it stays null, as without this reader. (Yasson's
            // parser does not implement currentEvent(), so the state cannot be asked for.)
            return null;
        }
        try {
            return new BigDecimal(text).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new JsonbException("not a whole number that fits: " + e.getMessage());
        }
    }
}
