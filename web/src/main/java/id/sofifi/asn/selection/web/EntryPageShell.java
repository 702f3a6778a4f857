package id.sofifi.asn.selection.web;

import id.sofifi.asn.platform.application.MarkupText;
import id.sofifi.asn.selection.application.AnnouncementEntryView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entry page of one announcement as Faces rendered it for {@link #MARKED}, an entry whose facts are markers: the
 * markup around the facts is kept, and {@link #fill} puts a real entry's facts where the markers were, escaped as
 * Faces escapes them (quotes only inside attribute values). The markup therefore stays the Facelets page's own;
 * only the facts of one entry are written here.
 */
final class EntryPageShell {
    /** A number no entry has, in place of the sequence number (an {@code int}, so it cannot be a word). */
    private static final String SEQ = "-1999999917";
    private static final Map<String, Function<AnnouncementEntryView, String>> TEXTS = Map.of("RegistrationNumber",
            AnnouncementEntryView::registrationNumber, "Name", AnnouncementEntryView::name, "FormationCode",
            AnnouncementEntryView::formationCode, "Code", AnnouncementEntryView::code, "PreviousHash",
            AnnouncementEntryView::previousHash, "EntryHash", AnnouncementEntryView::entryHash);
    private static final Pattern MARKS = Pattern
            .compile("asnEntry(" + String.join("|", TEXTS.keySet()) + ")Mark|" + SEQ);

    /** What the Faces page renders when it renders a shell. */
    static final AnnouncementEntryView MARKED = new AnnouncementEntryView(0, Integer.parseInt(SEQ),
            mark("RegistrationNumber"), mark("Name"), mark("FormationCode"), mark("Code"), mark("PreviousHash"),
            mark("EntryHash"));

    private final List<String> markup;
    private final List<Function<AnnouncementEntryView, String>> facts;
    private final int length;

    private EntryPageShell(List<String> markup, List<Function<AnnouncementEntryView, String>> facts) {
        this.markup = List.copyOf(markup);
        this.facts = List.copyOf(facts);
        this.length = markup.stream().mapToInt(String::length).sum();
    }

    /** The shell of a page rendered for {@link #MARKED}; refuses a page that shows no entry (a 404 page). */
    static EntryPageShell of(String page) {
        List<String> markup = new ArrayList<>();
        List<Function<AnnouncementEntryView, String>> facts = new ArrayList<>();
        Matcher m = MARKS.matcher(page);
        int at = 0;
        while (m.find()) {
            markup.add(page.substring(at, m.start()));
            facts.add(fact(m.group(1), inAttribute(page, m.start())));
            at = m.end();
        }
        markup.add(page.substring(at));
        if (facts.isEmpty()) {
            throw new IllegalStateException("the entry page rendered without the marked entry");
        }
        return new EntryPageShell(markup, facts);
    }

    /** The page of {@code entry}. */
    String fill(AnnouncementEntryView entry) {
        StringBuilder page = new StringBuilder(length + 512);
        for (int i = 0; i < facts.size(); i++) {
            page.append(markup.get(i)).append(facts.get(i).apply(entry));
        }
        return page.append(markup.get(facts.size())).toString();
    }

    private static Function<AnnouncementEntryView, String> fact(String text, boolean inAttribute) {
        if (text == null) {
            return e -> String.valueOf(e.seq());
        }
        return TEXTS.get(text).andThen(inAttribute ? MarkupText::escape : MarkupText::escapeContent);
    }

    /** Whether {@code at} lies inside a tag (so in an attribute value) rather than in element content. */
    private static boolean inAttribute(String page, int at) {
        return page.lastIndexOf('<', at) > page.lastIndexOf('>', at);
    }

    private static String mark(String fact) {
        return "asnEntry" + fact + "Mark";
    }
}
