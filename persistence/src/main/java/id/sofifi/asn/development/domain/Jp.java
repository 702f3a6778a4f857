package id.sofifi.asn.development.domain;

import java.io.Serializable;
import id.sofifi.asn.kernel.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Jam pelajaran: training hours (1 JP = 45 minutes). A JP count is more than 0 and at most 200 with at most two
 * decimals (ASN-RULES §4); sums and requirements are held to two decimals as well.
 */
public record Jp(BigDecimal value) implements Comparable<Jp>, Serializable {
    public static final Jp ZERO = new Jp(BigDecimal.ZERO);
    static final BigDecimal MAX = BigDecimal.valueOf(200);
    static final int SCALE = 2;

    public Jp {
        value = value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /**
     * The JP of one training as typed ({@code "24"}, {@code "24.50"}); a missing, non-numeric, non-positive, too
     * large or too precise value is recorded under {@code field} and answers null.
     */
    public static Jp parse(String text, String field, Violations violations) {
        if (!violations.require(text, field)) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            violations.check(false, field, "jp.notANumber");
            return null;
        }
        return check(number, field, violations);
    }

    /** The same checks for a number already read (a JSON number, a form's spinner, a database value). */
    public static Jp check(BigDecimal number, String field, Violations violations) {
        if (!violations.require(number, field)) {
            return null;
        }
        boolean inRange = number.signum() > 0 && number.compareTo(MAX) <= 0;
        violations.check(inRange, field, "jp.range", MAX);
        boolean precise = number.stripTrailingZeros().scale() <= SCALE;
        violations.check(precise, field, "jp.scale");
        return inRange && precise ? new Jp(number) : null;
    }

    public static Jp sum(Collection<Jp> parts) {
        return new Jp(parts.stream().map(Jp::value).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public Jp minusAtLeastZero(Jp other) {
        return new Jp(value.subtract(other.value).max(BigDecimal.ZERO));
    }

    /** As the API and screens print it: whole numbers without decimals ({@code "24"}), others with two. */
    public String text() {
        return value.stripTrailingZeros().scale() <= 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }

    @Override
    public int compareTo(Jp other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return text();
    }
}
