package id.sofifi.asn.development.web;

import id.sofifi.asn.development.application.UnitCompliance;
import id.sofifi.asn.development.domain.Jp;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.function.Function;

/**
 * The bar chart of the compliance screen as the Chart.js configuration PrimeFaces' {@code p:chart} takes: per
 * unit, the JP an employee earned on average beside the JP an employee owed on average.
 */
final class ComplianceChart {
    private ComplianceChart() {
    }

    static String of(List<UnitCompliance> units, String earnedLabel, String requiredLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        units.forEach(u -> labels.add(u.workUnitCode()));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets",
                        Json.createArrayBuilder()
                                .add(dataset(earnedLabel, "#2e7d32", units, UnitCompliance::averageEarned))
                                .add(dataset(requiredLabel, "#9e9e9e", units, UnitCompliance::averageRequired))))
                .add("options",
                        Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                                .add("scales",
                                        Json.createObjectBuilder().add("y",
                                                Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    private static JsonArrayBuilder values(List<UnitCompliance> units, Function<UnitCompliance, Jp> value) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        units.forEach(u -> values.add(value.apply(u).value()));
        return values;
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, String colour, List<UnitCompliance> units,
            Function<UnitCompliance, Jp> value) {
        return Json.createObjectBuilder().add("label", label).add("backgroundColor", colour).add("data",
                values(units, value));
    }
}
