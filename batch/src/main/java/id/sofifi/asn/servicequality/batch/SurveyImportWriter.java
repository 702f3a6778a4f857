package id.sofifi.asn.servicequality.batch;

import id.sofifi.asn.jobs.batch.ImportWriter;
import id.sofifi.asn.servicequality.domain.Channel;
import id.sofifi.asn.servicequality.domain.PaperResponse;
import id.sofifi.asn.servicequality.domain.SurveyElement;
import id.sofifi.asn.servicequality.domain.SurveySource;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a chunk of paper forms in one insert, channel PAPER. A paper form carries no number, and two equal rows are
 * two respondents who answered alike, so no field of a row can tell a re-sent form from a new one; the natural key
 * is therefore the file and the line: {@code paper_key} = SHA-256 of the staged file + line. Sending the same file
 * again adds nothing (the unique key of V25 skips every row), and a restart after a crash neither; a corrected file
 * is a new file, and its rows are new forms, so send only the rows that were refused.
 */
@Named
@Dependent
public class SurveyImportWriter extends ImportWriter<PaperResponse> {
    private static final String INSERT;

    static {
        StringBuilder answers = new StringBuilder();
        StringBuilder arrays = new StringBuilder();
        for (int u = 1; u <= SurveyElement.COUNT; u++) {
            answers.append(", u").append(u);
            arrays.append(", ?::int2[]");
        }
        INSERT = "INSERT INTO survey_response (service_unit_id, submitted_at, channel, paper_key, served_on" + answers
                + ", sex, age_band, education, occupation) SELECT ?, ?, '" + Channel.PAPER + "', u.* FROM unnest("
                + "?::varchar[], ?::date[]" + arrays + ", ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[]) AS u"
                + " ON CONFLICT (service_unit_id, paper_key) DO NOTHING RETURNING paper_key";
    }

    @Inject
    @BatchProperty(name = "file")
    String file;

    @Inject
    @BatchProperty(name = "serviceUnitId")
    String serviceUnitId;

    private String fileDigest;

    public SurveyImportWriter() {
        super("surveyResponses.imported", "SurveyImport", "Impor formulir survei kertas");
    }

    @Override
    public void open(Serializable checkpoint) throws IOException {
        fileDigest = SurveySource.sha256(Files.readString(Path.of(file)));
    }

    @Override
    protected long line(PaperResponse row) {
        return row.line();
    }

    private String key(PaperResponse row) {
        return fileDigest + ":" + row.line();
    }

    @Override
    protected Stored store(Connection c, List<PaperResponse> rows, Instant now) throws SQLException {
        long added = 0;
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            int i = 1;
            insert.setLong(i++, Long.parseLong(serviceUnitId));
            insert.setTimestamp(i++, Timestamp.from(now));
            insert.setArray(i++, textArray(c, rows, this::key));
            insert.setArray(i++,
                    c.createArrayOf("date", rows.stream().map(r -> java.sql.Date.valueOf(r.servedOn())).toArray()));
            for (SurveyElement element : SurveyElement.values()) {
                insert.setArray(i++,
                        c.createArrayOf("int2", rows.stream().map(r -> r.answers().get(element)).toArray()));
            }
            insert.setArray(i++, textArray(c, rows, fact(r -> r.respondent().sex())));
            insert.setArray(i++, textArray(c, rows, fact(r -> r.respondent().ageBand())));
            insert.setArray(i++, textArray(c, rows, fact(r -> r.respondent().education())));
            insert.setArray(i, textArray(c, rows, fact(r -> r.respondent().occupation())));
            try (ResultSet result = insert.executeQuery()) {
                while (result.next()) {
                    added++;
                }
            }
        }
        return new Stored(rows, added + " baru, " + (rows.size() - added) + " sudah diimpor dari berkas yang sama");
    }

    private static Function<PaperResponse, String> fact(Function<PaperResponse, Enum<?>> fact) {
        return r -> fact.apply(r) == null ? null : fact.apply(r).name();
    }
}
