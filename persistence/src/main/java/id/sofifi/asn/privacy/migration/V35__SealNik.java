package id.sofifi.asn.privacy.migration;

import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.privacy.domain.NikKeys;
import id.sofifi.asn.privacy.domain.SealedNik;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seals the NIKs of an existing installation (§6, after V34 added the columns): each plain NIK of applicant,
 * application and employee becomes its keyed hash, its sealed value and the key id; then the unique keys move onto
 * the hash (one account per NIK, one application per NIK and fiscal year, one employee per NIK) and the plain column
 * is dropped. Flyway runs it once, in one transaction with PostgreSQL's transactional DDL: it seals everything or
 * nothing. Rows already sealed are left alone, so a rerun after a failure changes nothing twice.
 */
public class V35__SealNik extends BaseJavaMigration {
    private static final String[] TABLES = {"applicant", "application", "employee"};

    private static boolean hasPlainNik(Connection c, String table) throws SQLException {
        try (PreparedStatement column = c.prepareStatement("SELECT 1 FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? AND column_name = 'nik'")) {
            column.setString(1, table);
            try (ResultSet found = column.executeQuery()) {
                return found.next();
            }
        }
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        NikKeys keys = NikKeys.installed();
        for (String table : TABLES) {
            if (hasPlainNik(c, table)) {
                seal(c, keys, table);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE applicant DROP CONSTRAINT IF EXISTS applicant_nik_uk,"
                    + " ADD CONSTRAINT applicant_nik_uk UNIQUE (nik_hash)");
            s.execute("ALTER TABLE application DROP CONSTRAINT IF EXISTS application_nik_year_uk,"
                    + " ADD CONSTRAINT application_nik_year_uk UNIQUE (nik_hash, fiscal_year)");
            s.execute("ALTER TABLE employee DROP CONSTRAINT IF EXISTS employee_nik_uk,"
                    + " ADD CONSTRAINT employee_nik_uk UNIQUE (nik_hash)");
            for (String table : TABLES) {
                s.execute("ALTER TABLE " + table + " DROP COLUMN IF EXISTS nik, ALTER COLUMN nik_hash SET NOT NULL,"
                        + " ALTER COLUMN nik_sealed SET NOT NULL, ALTER COLUMN nik_key_id SET NOT NULL");
            }
        }
    }

    private static void seal(Connection c, NikKeys keys, String table) throws SQLException {
        try (PreparedStatement select = c
                .prepareStatement("SELECT id, nik FROM " + table + " WHERE nik_hash IS NULL AND nik IS NOT NULL");
                PreparedStatement update = c.prepareStatement(
                        "UPDATE " + table + " SET nik_hash = ?, nik_sealed = ?, nik_key_id = ? WHERE id = ?");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                SealedNik sealed = keys.seal(new Nik(rows.getString(2).strip()));
                update.setString(1, sealed.hash());
                update.setString(2, sealed.sealed());
                update.setString(3, sealed.keyId());
                update.setLong(4, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
