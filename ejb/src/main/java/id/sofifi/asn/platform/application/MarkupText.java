package id.sofifi.asn.platform.application;

/** Text put into XML or HTML markup by hand, where no templating engine escapes it: spreadsheets and page shells. */
public final class MarkupText {
    private MarkupText() {
    }

    /**
     * Escapes the text for element content and double-quoted attributes, and drops the control characters XML 1.0
     * cannot hold at all.
     */
    public static String escape(String text) {
        return escape(text, true);
    }

    /** As {@link #escape}, for element content only: quotes stay as they are, as Faces writes them there. */
    public static String escapeContent(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean quotes) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(quotes ? "&quot;" : "\"");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
