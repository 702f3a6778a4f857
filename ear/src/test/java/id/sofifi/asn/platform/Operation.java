package id.sofifi.asn.platform;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;

/** One operation of the /openapi document: method, path template and the media type of its request body, if any. */
record Operation(String method, String path, JsonObject document) {
    private static final String JSON = "application/json";

    String name() {
        return method + " " + path;
    }

    /** The first media type the operation's request body accepts, or null when it takes none. */
    String consumes() {
        JsonObject body = document.getJsonObject("requestBody");
        return body == null ? null : body.getJsonObject("content").keySet().iterator().next();
    }

    /** The media type of the operation's success answer (a PDF, a spreadsheet), JSON when it names none. */
    String produces() {
        JsonObject responses = document.getJsonObject("responses");
        return responses == null
                ? JSON
                : responses.entrySet().stream().filter(r -> r.getKey().startsWith("2"))
                        .map(r -> r.getValue().asJsonObject().getJsonObject("content")).filter(c -> c != null)
                        .flatMap(c -> c.keySet().stream()).findFirst().orElse(JSON);
    }

    /**
     * Calls the operation at {@code path} as {@code caller}: the table's body, or a deliberately empty one of the
     * operation's media type (raw uploads as {@code application/octet-stream}), accepting what the operation
     * produces.
     */
    HttpResponse<String> call(MatrixCaller caller, String path, String body, MatrixFixtures fixtures)
            throws IOException, InterruptedException {
        String type = consumes();
        if (type == null) {
            return caller.send(method, path, produces(), null, null);
        }
        String sent = !body.isEmpty() ? body : type.equals(JSON) ? "{}" : "";
        return caller.send(method, path, produces(), type.equals("*/*") ? "application/octet-stream" : type,
                fixtures.body(sent));
    }
}
