package id.sofifi.asn.performance.domain;

import id.sofifi.asn.kernel.Violations;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Penilaian kinerja of one employee for one period of a year (ASN-RULES §2): the two ratings, the behaviour notes per
 * BerAKHLAK value, the feedback, the evaluating official (never the employee themself) and the predicate, which is
 * derived from the two ratings by the §2 matrix whenever they are set and is never given. One per employee, year and
 * period; rating it again replaces the ratings.
 */
@Entity
@Table(name = "skp_assessment")
public class Assessment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 18)
    private String nip;

    @Column(name = "assessment_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private AssessmentPeriod period;

    @Column(name = "evaluator_nip", nullable = false, length = 18)
    private String evaluatorNip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 11)
    private Rating results;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 11)
    private Rating behaviour;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private Predicate predicate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "skp_behaviour_note", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "core_value", length = 22)
    @Column(name = "note", nullable = false, length = Ratings.NOTE_MAX)
    private Map<BerakhlakValue, String> behaviourNotes = new EnumMap<>(BerakhlakValue.class);

    @Column(length = Ratings.FEEDBACK_MAX)
    private String feedback;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private AssessmentSource source;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    @Version
    private long version;

    protected Assessment() {
    }

    /** The assessment the plan's official gives for {@code period} of the plan's year. */
    public Assessment(SkpPlan plan, AssessmentPeriod period, Ratings ratings, Instant now) {
        this.nip = plan.nip();
        this.year = plan.year();
        this.period = period;
        this.source = AssessmentSource.RATED;
        rate(plan.evaluatorNip(), ratings, now);
    }

    /**
     * The official {@code evaluatorNip} (re)rates the period: refused by field when a rating is missing, a note or the
     * feedback is too long, or the official is the employee. The predicate follows from the ratings.
     */
    public final void rate(String evaluatorNip, Ratings ratings, Instant now) {
        Violations v = new Violations();
        SkpPlan.checkEvaluator(nip, evaluatorNip, "evaluatorNip", v);
        v.require(period, "period");
        ratings.check(v);
        v.throwIfAny();
        this.evaluatorNip = evaluatorNip.strip();
        this.results = ratings.results();
        this.behaviour = ratings.behaviour();
        this.predicate = ratings.predicate();
        this.behaviourNotes.clear();
        this.behaviourNotes.putAll(ratings.behaviourNotes());
        this.feedback = ratings.feedback();
        this.assessedAt = now;
        this.source = AssessmentSource.RATED;
    }

    public Long id() {
        return id;
    }

    public String nip() {
        return nip;
    }

    public int year() {
        return year;
    }

    public AssessmentPeriod period() {
        return period;
    }

    public String evaluatorNip() {
        return evaluatorNip;
    }

    public Rating results() {
        return results;
    }

    public Rating behaviour() {
        return behaviour;
    }

    public Predicate predicate() {
        return predicate;
    }

    public Map<BerakhlakValue, String> behaviourNotes() {
        return Map.copyOf(behaviourNotes);
    }

    public String feedback() {
        return feedback;
    }

    public AssessmentSource source() {
        return source;
    }

    public Instant assessedAt() {
        return assessedAt;
    }
}
