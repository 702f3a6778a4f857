package id.sofifi.asn.servicequality.domain;

import java.math.BigInteger;

/**
 * Jumlah sampel minimal (ASN-RULES §3) by Krejcie–Morgan, {@code s = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P))} with
 * χ² = 3.841, P = 0.5, d = 0.05, rounded up: N = 1,000,000 → 384; N = 12,000 → 373.
 */
public final class MinimumSample {
    /** χ²·P(1−P) = 3.841 × 0.25 = 0.96025, in hundred-thousandths. */
    private static final BigInteger CHI_SQUARE_PQ = BigInteger.valueOf(96_025);
    /** d² = 0.0025, in hundred-thousandths. */
    private static final BigInteger D_SQUARED = BigInteger.valueOf(250);

    private MinimumSample() {
    }

    /** The respondents a service unit with {@code population} users a year needs at least. */
    public static int of(int population) {
        if (population < 1) {
            throw new IllegalArgumentException("population must be positive: " + population);
        }
        BigInteger n = BigInteger.valueOf(population);
        BigInteger numerator = CHI_SQUARE_PQ.multiply(n);
        BigInteger denominator = D_SQUARED.multiply(n.subtract(BigInteger.ONE)).add(CHI_SQUARE_PQ);
        BigInteger[] quotient = numerator.divideAndRemainder(denominator);
        return quotient[0].add(quotient[1].signum() > 0 ? BigInteger.ONE : BigInteger.ZERO).intValueExact();
    }
}
