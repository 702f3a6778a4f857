package id.sofifi.asn.platform;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of {@code hostile/requests.json}: what to send and what must come back. Texts (path, header values,
 * body) may hold generators, so that the file stays readable: {@code {hex:C0AF}} raw bytes, {@code {repeat:N:s}}
 * N copies of s, {@code {nested:N}} N nested arrays, {@code {cookies:N}} N cookies, {@code {year}} this year in WIT
 * (the demo period is {@code CPNS-{year}}) and {@code {uniq}} a code no other request uses.
 */
record HostileRequest(int number, int of, JsonObject entry, String uniq) {
    private static final Pattern GENERATOR = Pattern.compile("\\{(hex|repeat|nested|cookies):([^}]*)}");
    private static final String YEAR = String.valueOf(Year.now(ZoneId.of("Asia/Jayapura")).getValue());

    static HostileRequest of(JsonObject entry, int number, int of) {
        return new HostileRequest(number, of, entry, SystemTest.unique("HX").substring(3));
    }

    String context() {
        return entry.getString("context");
    }

    List<Integer> statuses() {
        JsonValue status = entry.get("status");
        return status instanceof JsonNumber one
                ? List.of(one.intValue())
                : entry.getJsonArray("status").getValuesAs(JsonNumber.class).stream().map(JsonNumber::intValue)
                        .toList();
    }

    String field() {
        return entry.getString("field", null);
    }

    Integer row() {
        return entry.containsKey("row") ? entry.getInt("row") : null;
    }

    boolean container() {
        return entry.getBoolean("container", false);
    }

    String absent() {
        return entry.containsKey("absent") ? text(entry.getString("absent")) : null;
    }

    /** The request line and headers, byte for byte. */
    byte[] head(String hostAndPort, Map<String, String> tokens) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        write(head, entry.getString("method") + " " + text(entry.getString("path")) + " HTTP/1.1\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", hostAndPort);
        headers.put("Connection", "close");
        headers.put("Accept", entry.getString("accept", "application/json"));
        headers.put("Accept-Language", "id");
        if (entry.containsKey("token")) {
            headers.put("Authorization", "Bearer " + tokens.get(entry.getString("token")));
        }
        if (entry.containsKey("contentType")) {
            headers.put("Content-Type", entry.getString("contentType"));
        }
        if (entry.containsKey("body")) {
            headers.put("Content-Length",
                    String.valueOf(entry.containsKey("declaredLength")
                            ? entry.getJsonNumber("declaredLength").longValue()
                            : body().length));
        }
        JsonObject extra = entry.getJsonObject("headers");
        if (extra != null) {
            extra.forEach((name, value) -> headers.put(name, ((jakarta.json.JsonString) value).getString()));
        }
        headers.forEach((name, value) -> {
            write(head, name + ": ");
            write(head, value);
            write(head, "\r\n");
        });
        return head.toByteArray();
    }

    byte[] body() {
        if (!entry.containsKey("body")) {
            return new byte[0];
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, entry.getString("body"));
        return body.toByteArray();
    }

    private String text(String template) {
        return template.replace("{year}", YEAR).replace("{uniq}", uniq);
    }

    /** Writes a text with its generators expanded; text is UTF-8, {@code {hex:…}} exactly those bytes. */
    private void write(ByteArrayOutputStream out, String template) {
        Matcher generator = GENERATOR.matcher(text(template));
        int at = 0;
        String text = text(template);
        while (generator.find()) {
            out.writeBytes(text.substring(at, generator.start()).getBytes(StandardCharsets.UTF_8));
            String argument = generator.group(2);
            switch (generator.group(1)) {
                case "hex" -> out.writeBytes(HexFormat.of().parseHex(argument));
                case "repeat" -> {
                    int colon = argument.indexOf(':');
                    out.writeBytes(argument.substring(colon + 1).repeat(Integer.parseInt(argument.substring(0, colon)))
                            .getBytes(StandardCharsets.UTF_8));
                }
                case "nested" -> {
                    int depth = Integer.parseInt(argument);
                    out.writeBytes(("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8));
                }
                default -> {
                    StringBuilder cookies = new StringBuilder();
                    for (int i = 0; i < Integer.parseInt(argument); i++) {
                        cookies.append(i == 0 ? "" : "; ").append("c").append(i).append("=v");
                    }
                    out.writeBytes(cookies.toString().getBytes(StandardCharsets.US_ASCII));
                }
            }
            at = generator.end();
        }
        out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        List<Integer> statuses = statuses();
        return String.format("[%03d/%d] %s: %s → %s", number, of, context(), entry.getString("name"),
                statuses.size() == 1 ? statuses.get(0) : statuses);
    }
}
