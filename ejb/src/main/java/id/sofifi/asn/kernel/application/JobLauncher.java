package id.sofifi.asn.kernel.application;

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

    public Path stage(InputStream content, String kind) {
        Path file = staging.resolve(kind + "-" + UUID.randomUUID() + ".csv");
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
