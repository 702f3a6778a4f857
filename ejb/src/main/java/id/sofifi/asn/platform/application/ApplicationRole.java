package id.sofifi.asn.platform.application;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The rights of the application's database role on the tables the owner role holds: every DML on every table,
 * but on {@code audit_event} only INSERT and SELECT, so that no UPDATE, DELETE or TRUNCATE of an audit row can
 * come from the application, whatever it is made to run (its triggers refuse too, but the owner could drop
 * them; the application cannot, it owns nothing there). The schema's history it only reads (the health check).
 * <p>
 * Granted by the owner after each migration, from the catalogue: a table a later migration adds is covered on
 * the next start, and an installation that moves from one account to two needs no script. With one account for
 * both (the datasource signs in as the owner) there is nothing to grant.
 */
public final class ApplicationRole {
    private static final Logger LOG = Logger.getLogger(ApplicationRole.class.getName());

    /** Runs as the owner: each table and sequence it owns in the schema, the audit trail kept append-only. */
    private static final String GRANTS = """
            DO $grants$
            DECLARE
                app text := '%s';
                t record;
            BEGIN
                EXECUTE format('GRANT USAGE ON SCHEMA public TO %%I', app);
                FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user
                LOOP
                    IF t.tablename = 'audit_event' THEN
                        EXECUTE format('REVOKE ALL ON audit_event FROM %%I', app);
                        EXECUTE format('GRANT SELECT, INSERT ON audit_event TO %%I', app);
                    ELSIF t.tablename = 'flyway_schema_history' THEN
                        EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %%I', app);
                        EXECUTE format('GRANT SELECT ON flyway_schema_history TO %%I', app);
                    ELSE
                        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %%I TO %%I', t.tablename, app);
                    END IF;
                END LOOP;
                FOR t IN SELECT sequencename FROM pg_sequences
                        WHERE schemaname = 'public' AND sequenceowner = current_user
                LOOP
                    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON SEQUENCE %%I TO %%I', t.sequencename, app);
                END LOOP;
            END
            $grants$""";

    private ApplicationRole() {
    }

    /** Grants {@code application}'s user its rights on {@code owner}'s tables, unless both are one account. */
    static void grant(DataSource owner, DataSource application) throws SQLException {
        String ownerRole = currentUser(owner);
        String applicationRole = currentUser(application);
        if (ownerRole.equals(applicationRole)) {
            LOG.warning(() -> "The application signs in as the tables' owner " + ownerRole
                    + ": audit rows are guarded by their triggers only (see README, external PostgreSQL)");
            return;
        }
        try (Connection c = owner.getConnection()) {
            grant(c, applicationRole);
        }
        LOG.info(() -> "Application role " + applicationRole + " granted its rights on the tables of " + ownerRole
                + " (audit_event: SELECT, INSERT only)");
    }

    /**
     * Grants {@code applicationRole} its rights on the tables the user of {@code owner} owns. Also run by the
     * embedded database before the server starts on a data directory made before the split: the batch job
     * repository's tables must be open to the application role before the application deploys.
     */
    public static void grant(Connection owner, String applicationRole) throws SQLException {
        try (Statement s = owner.createStatement()) {
            s.execute(GRANTS.formatted(applicationRole.replace("'", "''")));
        }
    }

    private static String currentUser(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
