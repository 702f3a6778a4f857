package id.sofifi.asn.selection.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What {@link RankingOrder} compares: everything the ranking rules of ASN-RULES.md §1.5–1.6 look at. */
public interface Ranked {
    String registrationNumber();

    SkdScore skd();

    /** Null where no final score exists (the SKD stage, or a candidate who did not take SKB). */
    BigDecimal finalScore();

    /** IPK; null where the qualification has none (e.g. a secondary-school formation). */
    BigDecimal gpa();

    LocalDate birthDate();
}
