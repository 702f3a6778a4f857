package id.sofifi.asn.performance.api;

import id.sofifi.asn.performance.application.ReportView;
import id.sofifi.asn.performance.domain.ReportFile;
import id.sofifi.asn.platform.api.JsonDates;
import id.sofifi.asn.platform.api.WitTime;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;

/**
 * A report as {@code GET /evaluation-reports/{id}} answers it (API-CONTRACT): its period, status and digest, each
 * unit's figures exactly as stored (the text the published digest covers), and the addresses of its files.
 */
final class ReportJson {
    private ReportJson() {
    }

    static JsonObject of(ReportView r, UriInfo uri) {
        JsonArrayBuilder units = Json.createArrayBuilder();
        r.units().forEach(u -> {
            try (var reader = Json.createReader(new StringReader(u))) {
                units.add(reader.readObject());
            }
        });
        JsonObjectBuilder report = Json.createObjectBuilder().add("id", r.id()).add("from", JsonDates.print(r.from()))
                .add("to", JsonDates.print(r.to())).add("period", r.label()).add("workUnit", text(r.workUnitCode()))
                .add("status", r.status()).add("requestedBy", r.requestedBy())
                .add("requestedAt", WitTime.iso(r.requestedAt()))
                .add("jobId", r.jobExecutionId() == null ? JsonValue.NULL : Json.createValue(r.jobExecutionId()))
                .add("sha256", text(r.sha256())).add("publishedAt", text(WitTime.iso(r.publishedAt())))
                .add("publishedBy", text(r.publishedBy())).add("units", units);
        JsonObjectBuilder files = Json.createObjectBuilder();
        file(files, "pdf", r.pdf(), r.id(), uri);
        file(files, "xlsx", r.xlsx(), r.id(), uri);
        return report.add("files", files).build();
    }

    private static void file(JsonObjectBuilder files, String kind, ReportFile file, long id, UriInfo uri) {
        if (file == null) {
            files.add(kind, JsonValue.NULL);
            return;
        }
        files.add(kind, uri.getBaseUriBuilder().path("evaluation-reports").path(Long.toString(id)).path(kind).build()
                .toString()).add(kind + "Sha256", file.sha256()).add(kind + "Size", file.size());
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }
}
