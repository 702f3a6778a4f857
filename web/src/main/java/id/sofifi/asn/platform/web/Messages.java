package id.sofifi.asn.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * The screens' and the API's texts, kept in one file per bounded context
 * ({@code id/sofifi/asn/<context>/messages_<language>.properties}) and read as one bundle, so each context
 * owns its words and no file grows with every new context. A key defined by two contexts is refused at
 * load time: the sentence a key stands for must never depend on which file happened to win.
 *
 * <p>This base class is Indonesian, the default; {@link Messages_en} is English, with Indonesian as its
 * parent for any key not yet translated.
 */
public class Messages extends ResourceBundle {
    /** The contexts that have texts; a new context adds its name here and its two files. */
    static final List<String> CONTEXTS = List.of("platform", "identity", "audit", "jobs", "notification", "recruitment",
            "selection", "workforce", "development", "servicequality", "performance", "oversight", "privacy");

    private final Map<String, String> texts;

    public Messages() {
        this("id");
    }

    protected Messages(String language) {
        texts = load(language);
    }

    static Map<String, String> load(String language) {
        Map<String, String> all = new HashMap<>();
        Map<String, String> owner = new HashMap<>();
        for (String context : CONTEXTS) {
            String path = "/id/sofifi/asn/" + context + "/messages_" + language + ".properties";
            for (Map.Entry<Object, Object> e : read(path).entrySet()) {
                String key = (String) e.getKey();
                String before = owner.putIfAbsent(key, context);
                if (before != null) {
                    throw new IllegalStateException(
                            "Message key " + key + " is defined by " + before + " and " + context);
                }
                all.put(key, (String) e.getValue());
            }
        }
        return Map.copyOf(all);
    }

    private static Properties read(String path) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing message file " + path);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.get(key);
    }

    @Override
    public Enumeration<String> getKeys() { return Collections.enumeration(keySet()); }

    @Override
    protected java.util.Set<String> handleKeySet() {
        return texts.keySet();
    }
}
