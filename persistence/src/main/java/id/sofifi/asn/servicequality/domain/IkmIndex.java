package id.sofifi.asn.servicequality.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Indeks Kepuasan Masyarakat (ASN-RULES §3): {@code NRR_u} = sum of the answers to element u ÷ the respondents who
 * answered u; {@code IKM = Σ NRR_u × 1/9}; converted {@code IKM × 25}. Computed in exact fractions (1/9 exactly, not
 * the decree's printed 0.111) and rounded only at the end: the converted value half-up to 2 decimals, then graded on
 * that rounded value; NRR and IKM half-up to 4 decimals. An element nobody answered leaves the index undefined.
 */
public final class IkmIndex {
    private static final int NRR_SCALE = 4;
    private static final int CONVERTED_SCALE = 2;
    private static final BigInteger CONVERSION = BigInteger.valueOf(25);

    private final long respondents;
    private final List<BigDecimal> nrr;
    private final BigDecimal ikm;
    private final BigDecimal converted;
    private final IkmGrade grade;

    private IkmIndex(long respondents, List<BigDecimal> nrr, BigDecimal ikm, BigDecimal converted) {
        this.respondents = respondents;
        this.nrr = nrr;
        this.ikm = ikm;
        this.converted = converted;
        this.grade = converted == null ? null : IkmGrade.of(converted);
    }

    public static IkmIndex of(IkmTally tally) {
        List<BigDecimal> nrr = new ArrayList<>();
        Ratio total = Ratio.ZERO;
        for (int u = 0; u < SurveyElement.COUNT; u++) {
            long answered = tally.answered().get(u);
            if (answered == 0) {
                nrr.add(null);
                total = null;
            } else {
                Ratio element = new Ratio(BigInteger.valueOf(tally.sums().get(u)), BigInteger.valueOf(answered));
                nrr.add(element.round(NRR_SCALE));
                total = total == null ? null : total.plus(element);
            }
        }
        List<BigDecimal> shown = Collections.unmodifiableList(nrr);
        if (total == null) {
            return new IkmIndex(tally.respondents(), shown, null, null);
        }
        Ratio ikm = total.over(BigInteger.valueOf(SurveyElement.COUNT));
        return new IkmIndex(tally.respondents(), shown, ikm.round(NRR_SCALE),
                ikm.times(CONVERSION).round(CONVERTED_SCALE));
    }

    public long respondents() {
        return respondents;
    }

    /** NRR of an element, 4 decimals; empty when nobody answered it. */
    public Optional<BigDecimal> nrr(SurveyElement element) {
        return Optional.ofNullable(nrr.get(element.ordinal()));
    }

    /** Whether every element was answered by someone, so that the index exists. */
    public boolean defined() {
        return ikm != null;
    }

    /** IKM (1–4), 4 decimals; empty when undefined. */
    public Optional<BigDecimal> ikm() {
        return Optional.ofNullable(ikm);
    }

    /** Nilai konversi (25–100), 2 decimals; empty when undefined. */
    public Optional<BigDecimal> converted() {
        return Optional.ofNullable(converted);
    }

    /** Mutu pelayanan from the rounded converted value; empty when undefined. */
    public Optional<IkmGrade> grade() {
        return Optional.ofNullable(grade);
    }

    /** An exact non-negative fraction, kept reduced so that sums over many elements stay small. */
    private record Ratio(BigInteger numerator, BigInteger denominator) {
        static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

        Ratio {
            BigInteger gcd = numerator.gcd(denominator);
            if (gcd.signum() > 0 && !gcd.equals(BigInteger.ONE)) {
                numerator = numerator.divide(gcd);
                denominator = denominator.divide(gcd);
            }
        }

        Ratio plus(Ratio other) {
            return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator));
        }

        Ratio times(BigInteger factor) {
            return new Ratio(numerator.multiply(factor), denominator);
        }

        Ratio over(BigInteger divisor) {
            return new Ratio(numerator, denominator.multiply(divisor));
        }

        BigDecimal round(int scale) {
            return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
        }
    }
}
