package id.sofifi.asn.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The per-context message files read as one bundle: both languages complete, no key owned twice. */
class MessagesTest {

    @Test
    @DisplayName("Every Indonesian key has an English text and no key is defined by two contexts")
    void languagesMatch() {
        assertEquals(new TreeSet<>(Messages.load("id").keySet()), new TreeSet<>(Messages.load("en").keySet()));
    }

    @Test
    @DisplayName("Faces and Texts find Indonesian by default and English when asked")
    void lookupByLocale() {
        ResourceBundle id = ResourceBundle.getBundle(Texts.BUNDLE, Texts.INDONESIAN);
        ResourceBundle en = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH);
        assertEquals("Simpan", id.getString("action.save"));
        assertNotEquals(id.getString("action.save"), en.getString("action.save"));
        assertEquals("Simpan", Texts.text(null, "action.save"));
    }
}
