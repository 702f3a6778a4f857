package id.sofifi.asn.privacy.application;

import id.sofifi.asn.privacy.domain.NikKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Installs this server's NIK keys from the file {@code ASN_NIK_KEY_FILE} names (WildFly's default: {@code
 * nik-keys.properties} in its data directory) before the schema migrates, since V35 seals NIKs with them. A missing
 * file is created (mode 600) only while the database holds no sealed NIK, a fresh installation's or an upgrade's
 * first start; otherwise the start fails, as it does when the file does not open the stored NIKs: a lost or swapped
 * key must be restored from its backup, never silently replaced.
 */
public final class NikKeyFile {
    private static final Logger LOG = Logger.getLogger(NikKeyFile.class.getName());
    private static final String TABLES_WITH_NIK = "SELECT nik_sealed, nik_key_id FROM applicant"
            + " WHERE nik_sealed IS NOT NULL UNION ALL SELECT nik_sealed, nik_key_id FROM employee"
            + " WHERE nik_sealed IS NOT NULL LIMIT 1";

    private NikKeyFile() {
    }

    /** Reads or creates the key file and installs its keys for this process. */
    public static void install(DataSource dataSource) {
        Path file = NikKeys.configuredFile();
        if (file == null) {
            throw new IllegalStateException("Set " + NikKeys.FILE_ENVIRONMENT + " to the NIK key file");
        }
        try (Connection c = dataSource.getConnection()) {
            NikKeys keys;
            if (Files.exists(file)) {
                keys = NikKeys.read(file);
                checkOpens(c, keys, file);
            } else if (sealedSample(c) != null) {
                throw new IllegalStateException("The NIK key file " + file + " is missing but the database holds"
                        + " sealed NIKs: restore the file from its backup");
            } else {
                keys = NikKeys.generate();
                keys.write(file);
                LOG.warning(() -> "Created the NIK key file " + file + ": back it up separately from the database;"
                        + " without it no stored NIK can be found or shown");
            }
            NikKeys.install(keys);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the NIK keys against the database", e);
        }
    }

    private static void checkOpens(Connection c, NikKeys keys, Path file) throws SQLException {
        String[] sample = sealedSample(c);
        if (sample != null) {
            try {
                keys.open(sample[0], sample[1]);
            } catch (IllegalStateException e) {
                throw new IllegalStateException("The NIK key file " + file + " does not open the stored NIKs", e);
            }
        }
    }

    /** One stored sealed NIK and its key id; null when there is none (or the columns do not exist yet). */
    private static String[] sealedSample(Connection c) throws SQLException {
        if (!sealedColumnsExist(c)) {
            return null;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(TABLES_WITH_NIK)) {
            return rs.next() ? new String[]{rs.getString(1), rs.getString(2)} : null;
        }
    }

    private static boolean sealedColumnsExist(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1 FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND table_name = 'employee' AND column_name = 'nik_sealed'")) {
            return rs.next();
        }
    }
}
