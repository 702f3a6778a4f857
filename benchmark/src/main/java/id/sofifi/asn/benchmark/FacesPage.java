package id.sofifi.asn.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Faces page of the portal as a browser received it, read for what a browser would post back: the hidden fields of
 * its forms (view state, PrimeFaces' CSP nonce), the options of a select, the names of its file inputs, and what it
 * says (the messages of {@code h:messages}, the text of an element). Parsed with patterns fitted to the markup Mojarra
 * and PrimeFaces write, which is enough for pages this system renders; not an HTML parser.
 */
record FacesPage(String path, String html) {
    private static final Pattern VIEW_STATE = Pattern
            .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP mode refuses a post back without the nonce of the page it came from. */
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
    private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"");
    /** Refusals are counted by their wording; a long one is cut so the figures stay readable. */
    private static final int MAX_KIND = 90;
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    /** The hidden fields a browser posts back with any form of the page: the view state and the CSP nonce. */
    Map<String, String> hiddenFields() {
        Matcher state = VIEW_STATE.matcher(html);
        Matcher nonce = NONCE.matcher(html);
        if (!state.find() || !nonce.find()) {
            throw new StepFailed("no form on " + path);
        }
        return Map.of("jakarta.faces.ViewState", unescape(state.group(1)), "primefaces.nonce",
                unescape(nonce.group(1)));
    }

    /** Whether an element with the client id {@code id} is on the page. */
    boolean has(String id) {
        return html.contains("id=\"" + id + "\"");
    }

    /** The text of the element with the client id {@code id}, tags inside dropped. */
    Optional<String> text(String id) {
        Matcher element = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</", Pattern.DOTALL)
                .matcher(html);
        return element.find() ? Optional.of(plain(element.group(1))) : Optional.empty();
    }

    /** The messages of {@code h:messages} with the class {@code severity} ({@code info}, {@code error}). */
    List<String> messages(String severity) {
        Matcher item = Pattern.compile("<li class=\"" + Pattern.quote(severity) + "\"[^>]*>(.*?)</li>", Pattern.DOTALL)
                .matcher(html);
        List<String> found = new ArrayList<>();
        while (item.find()) {
            found.add(plain(item.group(1)));
        }
        return found;
    }

    /** The values of the select named {@code name}, the empty "–" choice left out. */
    List<String> options(String name) {
        Matcher select = Pattern
                .compile("<select\\b[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(html);
        List<String> values = new ArrayList<>();
        if (select.find()) {
            Matcher option = OPTION.matcher(select.group(1));
            while (option.find()) {
                if (!option.group(1).isEmpty()) {
                    values.add(unescape(option.group(1)));
                }
            }
        }
        return values;
    }

    /**
     * The field names of the file inputs that carry {@code data-requirement}, by requirement code: inside a
     * {@code ui:repeat} their client ids are generated ({@code j_idt41:0:file}), so the page is the only place to read
     * them.
     */
    Map<String, String> fileInputs() {
        Map<String, String> byRequirement = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1), unescape(attribute.group(2)));
            }
            if ("file".equals(attributes.get("type")) && attributes.containsKey("data-requirement")) {
                byRequirement.put(attributes.get("data-requirement"), attributes.get("name"));
            }
        }
        return byRequirement;
    }

    /** A refusal as the page words it: its first error message, else {@code fallback}. */
    String refusal(String fallback) {
        return messages("error").stream().findFirst()
                .map(m -> "refused: " + (m.length() > MAX_KIND ? m.substring(0, MAX_KIND) + "…" : m)).orElse(fallback);
    }

    private static String plain(String markup) {
        return unescape(TAG.matcher(markup).replaceAll("")).strip().replaceAll("\\s+", " ");
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
