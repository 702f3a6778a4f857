package id.sofifi.asn.kernel;

import java.util.regex.Pattern;

/**
 * The shape of an e-mail address as applicants and employees give it: something, an at sign, a domain with a dot,
 * no spaces, at most 200 characters (the columns' width). Whether it reaches anyone only a mail can tell.
 */
public final class EmailAddress {
    public static final int MAX_LENGTH = 200;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddress() {
    }

    public static boolean valid(String text) {
        return text != null && text.strip().length() <= MAX_LENGTH && SHAPE.matcher(text.strip()).matches();
    }
}
