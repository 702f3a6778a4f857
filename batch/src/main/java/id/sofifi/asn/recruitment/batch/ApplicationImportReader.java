package id.sofifi.asn.recruitment.batch;

import id.sofifi.asn.kernel.CsvReader;
import id.sofifi.asn.recruitment.domain.ImportedApplication;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the stored CSV record by record; the checkpoint is the last line read, so a restart skips what was committed. */
@Named
@Dependent
public class ApplicationImportReader extends AbstractItemReader {
    @Inject
    JobContext job;
    private CsvReader csv;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        csv = new CsvReader(Files.newInputStream(Path.of(job.getProperties().getProperty("file"))), ImportedApplication.COLUMNS);
        if (checkpoint instanceof Long lastLine) {
            csv.skipTo(lastLine);
        }
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
