package id.sofifi.asn.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backup and restore of the embedded PostgreSQL ({@code ./mvnw -Pbackup}, {@code ./mvnw -Prestore}): an online
 * physical backup by PostgreSQL's own low-level API (pg_backup_start, a copy of the data directory,
 * pg_backup_stop, the WAL written meanwhile) into one zip file. The embedded binaries carry no pg_dump, and none
 * is assumed on the machine; for an external PostgreSQL use its pg_dump and pg_restore (docs/operations.md).
 * <p>
 * A restored directory starts like one after a crash: PostgreSQL reads the backup label and replays the WAL in
 * the zip up to the end of the backup, so it holds every transaction committed before the backup ended.
 */
public final class ClusterBackup {
    private static final Logger LOG = Logger.getLogger(ClusterBackup.class.getName());
    private static final String WAL = "pg_wal";
    /** What PostgreSQL's documentation leaves out of a base backup: its contents are rebuilt at start-up. */
    private static final Set<String> EMPTIED = Set.of(WAL, "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
            "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
            "tablespace_map");

    private ClusterBackup() {
    }

    /** {@code backup [file]} or {@code restore file}, on {@code asn.data.dir} as {@code ./mvnw -Prun} uses it. */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("asn.data.dir")).toAbsolutePath().normalize();
        Path cluster = data.resolve("postgres");
        String file = System.getProperty("asn.backup.file", "");
        if ("restore".equals(System.getProperty("asn.backup.action"))) {
            if (file.isBlank()) {
                throw new IllegalArgumentException("Say which backup: -Dasn.backup.file=data/backups/….zip");
            }
            Path moved = restoreReplacing(Path.of(file).toAbsolutePath(), cluster);
            LOG.info(() -> "Restored " + file + " into " + cluster
                    + (moved == null ? "" : "; the data before is in " + moved) + ". Start with ./mvnw -Prun");
            return;
        }
        Path target = file.isBlank()
                ? data.resolve("backups").resolve(
                        "asn-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip")
                : Path.of(file).toAbsolutePath();
        if (isRunning(cluster)) {
            backup(DevServer.DB_PORT, cluster, target);
        } else {
            // not running: start it as the run command does, only for the backup
            try (EmbeddedDatabase database = EmbeddedDatabase.start(DevServer.DB_PORT, data.resolve("pg-bin"), cluster,
                    EmbeddedDatabase.Mode.RUN)) {
                backup(DevServer.DB_PORT, cluster, target);
            }
        }
        LOG.info(() -> "Backup written to " + target + " (" + target.toFile().length() / 1024 + " KiB)");
    }

    /** An online backup of the cluster serving {@code port} with its data in {@code dataDir}, into {@code zip}. */
    public static void backup(int port, Path dataDir, Path zip) throws IOException, SQLException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        // the backup lives in this session: start and stop must be on one connection
        try (Connection c = EmbeddedDatabase.superuser(port);
                Statement s = c.createStatement();
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            String startWal = single(s, "SELECT pg_walfile_name(pg_backup_start('asn-backup', true))");
            copyTree(dataDir, dataDir, out);
            String label;
            try (ResultSet stop = s.executeQuery("SELECT labelfile FROM pg_backup_stop(false)")) {
                stop.next();
                label = stop.getString(1);
            }
            put(out, "backup_label", label.getBytes(StandardCharsets.UTF_8));
            // the WAL from the backup's checkpoint to its end, which the restored cluster replays
            boolean startIncluded = false;
            try (Stream<Path> wal = Files.list(dataDir.resolve(WAL))) {
                for (Path segment : wal.filter(Files::isRegularFile).sorted().toList()) {
                    startIncluded |= segment.getFileName().toString().equals(startWal);
                    copyFile(dataDir, segment, out);
                }
            }
            if (!startIncluded) {
                throw new IOException("WAL segment " + startWal + " was recycled during the backup; run it again");
            }
        }
    }

    /** Unpacks {@code zip} into {@code dataDir}, which must not exist yet; PostgreSQL may then start on it. */
    public static void restore(Path zip, Path dataDir) throws IOException {
        if (Files.exists(dataDir)) {
            throw new IOException(dataDir + " exists; a backup is restored into an empty place only");
        }
        Files.createDirectories(dataDir);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = dataDir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dataDir)) {
                    throw new IOException("entry outside the data directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        // PostgreSQL refuses a data directory others may read
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        Files.createDirectories(dataDir.resolve(WAL).resolve("archive_status"));
    }

    /** The run command's cluster replaced by a backup; the data before is moved aside, never deleted. */
    private static Path restoreReplacing(Path zip, Path cluster) throws IOException {
        if (isRunning(cluster)) {
            throw new IllegalStateException("PostgreSQL runs on " + cluster + ": stop ./mvnw -Prun first");
        }
        Path moved = null;
        if (Files.exists(cluster)) {
            moved = cluster.resolveSibling(cluster.getFileName() + ".before-restore-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            Files.move(cluster, moved);
        }
        restore(zip, cluster);
        return moved;
    }

    private static boolean isRunning(Path cluster) throws IOException {
        Path pid = cluster.resolve("postmaster.pid");
        return Files.exists(pid) && ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip()))
                .map(ProcessHandle::isAlive).orElse(false);
    }

    private static void copyTree(Path root, Path dir, ZipOutputStream out) throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.sorted().toList();
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child)) {
                out.putNextEntry(new ZipEntry(root.relativize(child) + "/"));
                out.closeEntry();
                if (!(dir.equals(root) && EMPTIED.contains(name))) {
                    copyTree(root, child, out);
                }
            } else if (!(dir.equals(root) && SKIPPED.contains(name)) && !name.startsWith("pgsql_tmp")) {
                copyFile(root, child, out);
            }
        }
    }

    /** A file PostgreSQL removed meanwhile (a dropped table, a finished temporary file) is not needed. */
    private static void copyFile(Path root, Path file, ZipOutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            out.putNextEntry(new ZipEntry(root.relativize(file).toString()));
            in.transferTo(out);
            out.closeEntry();
        } catch (NoSuchFileException removed) {
            LOG.fine(() -> "gone during the backup: " + file);
        }
    }

    private static void put(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static String single(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
