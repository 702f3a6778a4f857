package id.sofifi.asn.platform.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway the migrations named in {@code db/migration/migrations.txt} instead of letting it scan
 * the class path: inside WildFly the class path is a virtual file system that Flyway's scanners do not
 * reliably read. A unit test keeps the list and the directory in step.
 */
final class ListedMigrations implements ResourceProvider {
    static final String DIRECTORY = "db/migration/";
    private final ClassLoader loader;
    private final List<String> names;

    ListedMigrations(ClassLoader loader) {
        this.loader = loader;
        this.names = readIndex(loader);
    }

    @Override
    public LoadableResource getResource(String name) {
        String file = name.startsWith(DIRECTORY) ? name.substring(DIRECTORY.length()) : name;
        return names.contains(file) ? new Migration(file) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return names.stream().filter(n -> n.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(n::endsWith))
                .<LoadableResource>map(Migration::new).toList();
    }

    private static List<String> readIndex(ClassLoader loader) {
        try (InputStream in = Objects.requireNonNull(loader.getResourceAsStream(DIRECTORY + "migrations.txt"),
                DIRECTORY + "migrations.txt is missing")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Migration extends LoadableResource {
        private final String file;

        Migration(String file) {
            this.file = file;
        }

        @Override
        public Reader read() {
            return new InputStreamReader(loader.getResourceAsStream(DIRECTORY + file), StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() { return DIRECTORY + file; }

        @Override
        public String getAbsolutePathOnDisk() { return DIRECTORY + file; }

        @Override
        public String getFilename() { return file; }

        @Override
        public String getRelativePath() { return file; }
    }
}
