package id.sofifi.asn.jobs.batch;

import id.sofifi.asn.jobs.csv.CsvReader;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the stored CSV of an import job record by record; the checkpoint is the last line read, so a
 * restart skips what was committed. The property {@code columns} names the expected header (the
 * starting use case takes it from the row type, so header and parser never disagree).
 */
@Named
@Dependent
public class CsvRowReader extends AbstractItemReader {
    @Inject
    @BatchProperty(name = "file")
    String file;

    @Inject
    @BatchProperty(name = "columns")
    String columns;

    private CsvReader csv;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        csv = open(file, columns);
        if (checkpoint instanceof Long lastLine) {
            csv.skipTo(lastLine);
        }
    }

    /** The stored CSV of an import job, its header checked against {@code columns} (comma separated). */
    public static CsvReader open(String file, String columns) throws IOException {
        return new CsvReader(Files.newInputStream(Path.of(file)), List.of(columns.split(",")));
    }

    @Override
    public Object readItem() {
        return csv.next().orElse(null);
    }

    @Override
    public Serializable checkpointInfo() {
        return csv.line();
    }

    @Override
    public void close() {
        if (csv != null) {
            csv.close();
        }
    }
}
