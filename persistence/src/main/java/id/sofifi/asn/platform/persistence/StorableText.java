package id.sofifi.asn.platform.persistence;

/**
 * Which characters a text from outside may hold. PostgreSQL refuses U+0000 in a text column (the whole
 * statement fails, so the request would end in a server error instead of a refusal), and the other control
 * characters, lone surrogate halves and the non-characters U+FFFE/U+FFFF are never typed by a person: they are
 * binary data or an attack (log forging, spoofed names on a screen). Tab, line feed and carriage return stay
 * allowed where a text may span lines (a complaint, a CSV cell in quotes).
 */
public final class StorableText {
    private StorableText() {
    }

    /**
     * The index of the first character that may not be stored, or -1 when there is none.
     *
     * @param lineBreaks whether tab, line feed and carriage return are allowed (free text), or refused too (a code, a
     *        query parameter, a path segment)
     */
    public static int firstForbidden(CharSequence text, boolean lineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (forbidden(c, lineBreaks)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean forbidden(char c, boolean lineBreaks) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return !lineBreaks;
        }
        return Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }
}
