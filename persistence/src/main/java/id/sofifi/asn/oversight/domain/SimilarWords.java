package id.sofifi.asn.oversight.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How alike two reports read, to suggest a duplicate (laporan ganda) before an administrator merges it: the share of
 * meaningful words they have in common (Jaccard over the words of title and text, Indonesian function words and words
 * under three letters left out). A suggestion only; the administrator decides.
 */
public final class SimilarWords {
    /** At or above this share a case is suggested as a possible duplicate. */
    public static final double SUGGESTED = 0.2;
    private static final Set<String> FUNCTION_WORDS = Set.of("yang", "dan", "atau", "di", "ke", "dari", "untuk",
            "dengan", "pada", "ini", "itu", "sudah", "belum", "tidak", "ada", "saya", "kami", "kita", "mohon", "sejak",
            "akan", "juga", "karena", "oleh", "dalam", "agar", "bisa", "tolong", "lebih", "sangat", "telah", "masih",
            "para", "bagi", "tanpa", "hari", "saat", "kepada", "hingga", "sampai", "lagi", "setiap", "namun", "tetapi");

    private SimilarWords() {
    }

    /** The meaningful words of a text, in lower case. */
    public static Set<String> of(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3 && !FUNCTION_WORDS.contains(w)).collect(Collectors.toSet());
    }

    /** The share of words the two sets have in common, 0 to 1 (0 when either is empty). */
    public static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / (a.size() + b.size() - common);
    }
}
