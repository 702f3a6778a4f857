package id.sofifi.asn.jobs.application;

import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.platform.application.FilesDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Starts batch jobs on uploaded files. Files are staged in {@code imports/} beside the document store
 * (a directory every node must share), so a job restarted after a crash still finds its input.
 */
@ApplicationScoped
public class JobLauncher {
    private Path staging;

    @PostConstruct
    void open() {
        staging = FilesDirectory.of("imports");
    }

    private Path stage(InputStream content, String kind) {
        Path file = staging.resolve(kind + "-" + UUID.randomUUID() + ".csv");
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stages a CSV upload and starts its import job. The header is checked before any row (a wrong file
     * is refused whole, with the reason), and every line is read once to see that it is text: a binary or damaged
     * file is refused whole, naming the line, before the job stores any row. The job learns the expected columns
     * as parameter {@code columns}.
     */
    public long startCsvImport(String job, List<String> columns, InputStream csv, Map<String, String> parameters) {
        Path file = stage(csv, job);
        try (CsvReader staged = new CsvReader(open(file), columns)) {
            staged.readToEnd();
        } catch (RuntimeException e) {
            discard(file);
            throw e;
        }
        Map<String, String> all = new HashMap<>(parameters);
        all.put("file", file.toString());
        all.put("columns", String.join(",", columns));
        return start(job, all);
    }

    public long start(String job, Map<String, String> parameters) {
        Properties properties = new Properties();
        properties.putAll(parameters);
        return operator().start(job, properties);
    }

    public JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
