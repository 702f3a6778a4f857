package id.sofifi.asn.performance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Faces form of a page as a browser without scripts would post it: its hidden fields (the form's own marker and
 * the view state) and the fields a test fills, found by the end of their generated names (a field inside a
 * {@code ui:repeat} is named {@code …:0:description}).
 */
final class PageForm {
    private static final Pattern FIELD = Pattern.compile("<(?:input|select|textarea|button)[^>]*\\sname=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern
            .compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private PageForm() {
    }

    /**
     * Posts the form {@code formId} of {@code page} (at {@code path}) with the fields whose names end with the keys
     * of {@code values}, pressing the button whose name ends with {@code button}; answers the page shown next.
     */
    static HttpResponse<String> submit(HttpClient client, String path, String page, String formId,
            Map<String, String> values, String button) throws Exception {
        int start = page.indexOf("<form id=\"" + formId + "\"");
        assertTrue(start >= 0, "the page has the form " + formId + ": " + page);
        String form = page.substring(start, page.indexOf("</form>", start));
        Map<String, String> posted = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            posted.put(hidden.group(1), hidden.group(2).replace("&#58;", ":"));
        }
        List<String> names = FIELD.matcher(form).results().map(m -> m.group(1)).distinct().toList();
        values.forEach((suffix, value) -> posted.put(named(names, suffix), value));
        posted.put(named(names, button), "x");
        String body = posted.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "id")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String named(List<String> names, String suffix) {
        return names.stream().filter(n -> n.equals(suffix) || n.endsWith(":" + suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + suffix + " among " + names));
    }
}
