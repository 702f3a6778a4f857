package id.sofifi.asn.servicequality.domain;

import id.sofifi.asn.platform.persistence.Flushing;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Survey responses as stored, their sums for the index (excluded responses left out), and the flagged ones. */
@Dependent
public class SurveyResponseRepository {
    /** The tally columns: respondents, then per element the sum of its answers and how many answered it. */
    private static final String SUMS;

    static {
        StringBuilder sql = new StringBuilder("COUNT(*)");
        for (int u = 1; u <= SurveyElement.COUNT; u++) {
            sql.append(", COALESCE(SUM(u").append(u).append("), 0), COUNT(u").append(u).append(')');
        }
        SUMS = sql.toString();
    }

    private static final String COUNTED = " FROM survey_response WHERE service_unit_id = ?1"
            + " AND served_on BETWEEN ?2 AND ?3";

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /**
     * Stores a response at once, so that a receipt code two responses used at the same moment is refused as a
     * conflict (its version, or the unique key of the response's receipt) inside the use case.
     */
    public void add(SurveyResponse response) {
        Flushing.persist(em, response, "receiptCode.used");
    }

    public Optional<SurveyResponse> find(long id) {
        return Optional.ofNullable(em.find(SurveyResponse.class, id));
    }

    /**
     * The tally of the unit's counted responses served in [{@code from}, {@code to}]: one aggregate statement, so the
     * index of 200,000 responses costs one index range scan; {@code SUM} and {@code COUNT} of a column skip its
     * blanks. Responses the BKD excluded are left out ({@link #excluded} counts them).
     */
    public IkmTally tally(ServiceUnit unit, LocalDate from, LocalDate to) {
        return tallies(unit, from, to, "''").getOrDefault("", IkmTally.empty());
    }

    /** The tallies of the year's quarters that have responses, by quarter number 1–4. */
    public Map<Integer, IkmTally> byQuarter(ServiceUnit unit, int year) {
        Map<Integer, IkmTally> quarters = new LinkedHashMap<>();
        tallies(unit, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                "CAST(EXTRACT(QUARTER FROM served_on) AS varchar)")
                .forEach((quarter, tally) -> quarters.put(Integer.valueOf(quarter), tally));
        return quarters;
    }

    /** The tallies by the groups of a respondent fact, by the group's enum name ({@code ""}: not told). */
    public Map<String, IkmTally> byGroup(ServiceUnit unit, LocalDate from, LocalDate to, Demographic fact) {
        return tallies(unit, from, to, "COALESCE(" + fact.column() + ", '')");
    }

    /** Counted responses' tallies by a key expression (one of this class's fixed texts), ordered by the key. */
    private Map<String, IkmTally> tallies(ServiceUnit unit, LocalDate from, LocalDate to, String key) {
        String sql = "SELECT " + key + ", " + SUMS + COUNTED + " AND excluded_at IS NULL GROUP BY 1 ORDER BY 1";
        Map<String, IkmTally> tallies = new LinkedHashMap<>();
        for (Object found : em.createNativeQuery(sql).setParameter(1, unit.id()).setParameter(2, from)
                .setParameter(3, to).getResultList()) {
            Object[] row = (Object[]) found;
            List<Long> sums = new ArrayList<>();
            List<Long> answered = new ArrayList<>();
            for (int u = 0; u < SurveyElement.COUNT; u++) {
                sums.add(((Number) row[2 + 2 * u]).longValue());
                answered.add(((Number) row[3 + 2 * u]).longValue());
            }
            tallies.put((String) row[0], new IkmTally(((Number) row[1]).longValue(), sums, answered));
        }
        return tallies;
    }

    /** How many of the unit's responses served in [{@code from}, {@code to}] the BKD excluded: counted apart. */
    public long excluded(ServiceUnit unit, LocalDate from, LocalDate to) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*)" + COUNTED + " AND excluded_at IS NOT NULL")
                .setParameter(1, unit.id()).setParameter(2, from).setParameter(3, to).getSingleResult()).longValue();
    }

    public long count(ServiceUnit unit) {
        return em.createQuery("SELECT COUNT(r) FROM SurveyResponse r WHERE r.serviceUnit = :unit", Long.class)
                .setParameter("unit", unit).getSingleResult();
    }

    /**
     * The source's newest {@code limit} responses to the unit submitted since {@code since}, for the burst check (not
     * this one): one backward range scan of the source index.
     */
    public List<RecentResponse> recent(ServiceUnit unit, String sourceHash, Instant since, long except, int limit) {
        return em
                .createQuery("SELECT r FROM SurveyResponse r WHERE r.serviceUnit = :unit AND r.sourceHash = :source"
                        + " AND r.submittedAt >= :since AND r.id <> :except ORDER BY r.submittedAt DESC, r.id DESC",
                        SurveyResponse.class)
                .setParameter("unit", unit).setParameter("source", sourceHash).setParameter("since", since)
                .setParameter("except", except).setMaxResults(limit).getResultStream()
                .map(r -> new RecentResponse(r.id(), r.submittedAt(), r.answers().list())).toList();
    }

    /**
     * Flags the earlier responses of a burst that carry no flag yet. One statement without the version check, in id
     * order: two responses of one kiosk completing bursts at the same moment both flag the same rows, wait for each
     * other's row locks instead of failing, and never deadlock.
     */
    public void flag(List<Long> ids, BurstFlag flag) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("UPDATE survey_response SET flag_reason = ?1, flag_count = ?2 WHERE id IN (SELECT id"
                + " FROM survey_response WHERE id = ANY(CAST(?3 AS bigint[])) AND flag_reason IS NULL ORDER BY id"
                + " FOR UPDATE)").setParameter(1, flag.reason().name()).setParameter(2, flag.count())
                .setParameter(3, ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .executeUpdate();
    }

    /** A page of flagged responses, newest first. */
    public Page<SurveyResponse> flagged(FlagFilter filter, PageRequest request) {
        String where = " FROM SurveyResponse r WHERE r.flagReason IS NOT NULL"
                + (filter.unit() == null ? "" : " AND r.serviceUnit = :unit")
                + (filter.reason() == null ? "" : " AND r.flagReason = :reason")
                + (filter.excluded() == null
                        ? ""
                        : filter.excluded() ? " AND r.excludedAt IS NOT NULL" : " AND r.excludedAt IS NULL");
        TypedQuery<SurveyResponse> items = em
                .createQuery("SELECT r" + where + " ORDER BY r.submittedAt DESC, r.id DESC", SurveyResponse.class);
        TypedQuery<Long> total = em.createQuery("SELECT COUNT(r)" + where, Long.class);
        if (filter.unit() != null) {
            items.setParameter("unit", filter.unit());
            total.setParameter("unit", filter.unit());
        }
        if (filter.reason() != null) {
            items.setParameter("reason", filter.reason());
            total.setParameter("reason", filter.reason());
        }
        return new Page<>(items.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(),
                request.page(), request.size(), total.getSingleResult());
    }

    /**
     * Forgets the sources of responses submitted before {@code before}: the burst check looks back an hour, and a
     * digest of an address kept for longer would be a history of who answered when.
     */
    public int forgetSourcesBefore(Instant before) {
        return em
                .createNativeQuery("UPDATE survey_response SET source_hash = NULL"
                        + " WHERE source_hash IS NOT NULL AND submitted_at < ?1")
                .setParameter(1, Timestamp.from(before)).executeUpdate();
    }
}
