package id.sofifi.asn.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Predikat kinerja organisasi: a unit's own rating of a year as the BKD records it (ASN-RULES §2). Its staff's annual
 * predicates must keep the {@link DistributionCurve} of this rating. One per unit and year; recording it again
 * replaces it.
 */
@Entity
@Table(name = "skp_unit_rating")
public class UnitRating {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "work_unit_code", nullable = false, length = 20)
    private String workUnitCode;

    @Column(name = "rating_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private Predicate rating;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Version
    private long version;

    protected UnitRating() {
    }

    public UnitRating(String workUnitCode, int year, Predicate rating, Instant now) {
        this.workUnitCode = workUnitCode;
        this.year = year;
        change(rating, now);
    }

    public final void change(Predicate rating, Instant now) {
        this.rating = rating;
        this.setAt = now;
    }

    public String workUnitCode() {
        return workUnitCode;
    }

    public int year() {
        return year;
    }

    public Predicate rating() {
        return rating;
    }

    public Instant setAt() {
        return setAt;
    }
}
