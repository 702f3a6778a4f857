package id.sofifi.asn.selection.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Test candidates: short builders and seeded random data, so every generated case can be replayed. */
final class Candidates {
    static final LocalDate BORN = LocalDate.of(1998, 5, 17);

    private Candidates() {
    }

    static SkdCandidate present(long id, int twk, int tiu, int tkp) {
        return new SkdCandidate(id, reg(id), Attendance.PRESENT, new SkdScore(twk, tiu, tkp), null, BORN);
    }

    static SkdCandidate missing(long id, Attendance attendance) {
        return new SkdCandidate(id, reg(id), attendance, null, null, BORN);
    }

    static FinalCandidate sat(long id, SkdScore skd, String skb100) {
        return new FinalCandidate(id, reg(id), FinalStatus.PRESENT, skd, new BigDecimal(skb100), null, BORN);
    }

    static String reg(long id) {
        return String.format("24-%06d", id);
    }

    /** Scores near the general thresholds from a few values each, so totals and full ties recur. */
    static SkdScore randomSkd(Random random) {
        return new SkdScore(60 + 5 * random.nextInt(4), 75 + 5 * random.nextInt(4), 164 + random.nextInt(4));
    }

    static List<SkdCandidate> randomSkdCandidates(Random random, int count) {
        List<SkdCandidate> candidates = new ArrayList<>();
        for (long id = 1; id <= count; id++) {
            int roll = random.nextInt(20);
            Attendance attendance = roll == 0
                    ? Attendance.ABSENT
                    : roll == 1 ? Attendance.DISQUALIFIED : Attendance.PRESENT;
            SkdScore skd = attendance == Attendance.PRESENT ? randomSkd(random) : null;
            candidates.add(new SkdCandidate(id, reg(id), attendance, skd, null, BORN));
        }
        return candidates;
    }

    /** Few distinct SKB scores, GPAs and birth dates, so ties reach every key of the final order. */
    static List<FinalCandidate> randomFinalCandidates(Random random, int count) {
        List<FinalCandidate> candidates = new ArrayList<>();
        FinalStatus[] statuses = FinalStatus.values();
        for (long id = 1; id <= count; id++) {
            FinalStatus status = random.nextInt(4) == 0
                    ? statuses[random.nextInt(statuses.length)]
                    : FinalStatus.PRESENT;
            BigDecimal skb100 = BigDecimal.valueOf(60 + 10 * random.nextInt(3));
            BigDecimal gpa = random.nextInt(5) == 0 ? null : new BigDecimal(random.nextBoolean() ? "3.50" : "3.75");
            LocalDate born = BORN.plusDays(random.nextInt(2));
            candidates.add(new FinalCandidate(id, reg(id), status, randomSkd(random),
                    status == FinalStatus.PRESENT ? skb100 : null, gpa, born));
        }
        return candidates;
    }

    static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
