package id.sofifi.asn.platform.api;

import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.persistence.StorableText;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a JSON request body once before it is bound, so that what binding lets through is refused with the field
 * named: a body over {@link #MAX_BYTES} (413), bytes that are not UTF-8, a duplicated key (which of the two would
 * count is up to the parser), nesting deeper than {@link #MAX_DEPTH}, and a string holding a character that may not
 * be stored (NUL, other control characters, a lone surrogate such as {@code "\ud800"}). Raw bodies (uploaded files
 * read as a stream) pass untouched.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {
    /**
     * The largest JSON body read: the largest real one (a period with its thresholds, a complaint with its
     * description) is a few kilobytes, so 1 MiB refuses only what is not a request of this API.
     */
    static final int MAX_BYTES = 1 << 20;
    /** The deepest nesting read: the deepest body of the API has three levels. */
    static final int MAX_DEPTH = 16;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!json(context.getMediaType()) || context.getType() == InputStream.class
                || context.getType() == byte[].class) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new WebApplicationException(Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build());
        }
        if (body.length > 0) {
            check(decode(body));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean json(MediaType type) {
        return type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            new Violations().check(false, "body", "validation.encoding").throwIfAny();
            return null;
        }
    }

    /** Walks the body once, keeping the path of the value being read ({@code items[2].name}) to name it. */
    private static void check(String text) {
        Deque<Scope> path = new ArrayDeque<>();
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                Scope scope = path.peek();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        enterValue(scope);
                        path.push(new Scope(event == JsonParser.Event.START_ARRAY));
                        if (path.size() > MAX_DEPTH) {
                            new Violations().check(false, "body", "validation.nesting", MAX_DEPTH).throwIfAny();
                        }
                    }
                    case END_OBJECT, END_ARRAY -> path.pop();
                    case KEY_NAME -> {
                        scope.key = null;
                        refuse(!storable(parser.getString()), path, "validation.controlCharacter");
                        scope.key = parser.getString();
                        refuse(!scope.keys.add(scope.key), path, "validation.duplicateKey");
                    }
                    case VALUE_STRING -> {
                        enterValue(scope);
                        refuse(!storable(parser.getString()), path, "validation.controlCharacter");
                    }
                    default -> enterValue(scope);
                }
            }
        } catch (JsonParsingException e) {
            // not JSON at all: binding refuses it as an unreadable body
        }
    }

    private static void enterValue(Scope scope) {
        if (scope != null && scope.array) {
            scope.index++;
        }
    }

    private static boolean storable(String value) {
        return StorableText.firstForbidden(value, true) < 0;
    }

    private static void refuse(boolean refused, Deque<Scope> path, String messageKey, Object... args) {
        if (refused) {
            new Violations().check(false, name(path), messageKey, args).throwIfAny();
        }
    }

    /** The path as a client writes it: {@code items[2].name}; {@code body} for the document itself. */
    private static String name(Deque<Scope> path) {
        StringBuilder name = new StringBuilder();
        path.descendingIterator().forEachRemaining(scope -> {
            if (scope.array) {
                name.append('[').append(Math.max(scope.index, 0)).append(']');
            } else if (scope.key != null) {
                name.append(name.isEmpty() ? "" : ".").append(scope.key);
            }
        });
        return name.isEmpty() ? "body" : name.toString();
    }

    /** One open object or array: the key or index being read, and an object's keys so far. */
    private static final class Scope {
        final boolean array;
        final Set<String> keys = new HashSet<>();
        String key;
        int index = -1;

        Scope(boolean array) {
            this.array = array;
        }
    }
}
