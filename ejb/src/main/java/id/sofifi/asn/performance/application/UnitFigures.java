package id.sofifi.asn.performance.application;

import id.sofifi.asn.oversight.domain.ComplaintTally;
import id.sofifi.asn.performance.domain.CurveWarning;
import id.sofifi.asn.performance.domain.Predicate;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One work unit's figures in a laporan evaluasi berkala, as stored (JSON, properties in alphabetical order, so the
 * same figures always give the same text and digest) and as {@code GET /evaluation-reports/{id}} shows them.
 *
 * @param depth the unit's depth in the organisation tree (0 for an OPD)
 * @param ikm the index of each service unit of the unit and the units below it
 * @param complaints the cases of the unit received in the period (oversight's statistics)
 * @param skp the predicates of the period's assessments of the unit's staff, with the curve's warnings
 * @param development the unit's staff, how many meet their JP of the year, how many are Latsar overdue
 */
public record UnitFigures(String workUnit, String workUnitName, int depth, List<Ikm> ikm, ComplaintTally complaints,
        Skp skp, Development development) {
    private static final Jsonb JSON = JsonbBuilder.create();

    public String toJson() {
        return JSON.toJson(this);
    }

    public static UnitFigures fromJson(String json) {
        return JSON.fromJson(json, UnitFigures.class);
    }

    /**
     * The rows that cover the report's scope once: those of the smallest depth (the chosen unit, or every OPD), as
     * each row counts the units below it too.
     */
    public static List<UnitFigures> top(List<UnitFigures> rows) {
        int depth = rows.stream().mapToInt(UnitFigures::depth).min().orElse(0);
        return rows.stream().filter(r -> r.depth() == depth).toList();
    }

    /** The IKM of one service unit over the period; {@code ikm} and {@code grade} are null when nobody answered. */
    public record Ikm(String serviceUnit, String name, long respondents, BigDecimal ikm, BigDecimal converted,
            String grade, boolean sampleSufficient) {
    }

    /** How many of the staff have each predicate (ASN-RULES §2), and the bounds of the curve they break. */
    public record Skp(@JsonbProperty("SANGAT_BAIK") long sangatBaik, @JsonbProperty("BAIK") long baik,
            @JsonbProperty("BUTUH_PERBAIKAN") long butuhPerbaikan, @JsonbProperty("KURANG") long kurang,
            @JsonbProperty("SANGAT_KURANG") long sangatKurang, List<CurveWarning> curveWarnings) {

        static Skp of(Map<Predicate, Long> counts, List<CurveWarning> warnings) {
            return new Skp(counts.getOrDefault(Predicate.SANGAT_BAIK, 0L), counts.getOrDefault(Predicate.BAIK, 0L),
                    counts.getOrDefault(Predicate.BUTUH_PERBAIKAN, 0L), counts.getOrDefault(Predicate.KURANG, 0L),
                    counts.getOrDefault(Predicate.SANGAT_KURANG, 0L), warnings);
        }

        /** The counts in the order of {@link Predicate}, for charts and sheets (not a property of the JSON). */
        @JsonbTransient
        public List<Long> counts() {
            return List.of(sangatBaik, baik, butuhPerbaikan, kurang, sangatKurang);
        }
    }

    /** JP compliance of the unit's staff in the year of the period (ASN-RULES §4). */
    public record Development(int employees, int meetingJp, int latsarOverdue) {
    }
}
