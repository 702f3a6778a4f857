package id.sofifi.asn.platform.application;

import id.sofifi.asn.privacy.application.NikKeyFile;
import id.sofifi.asn.privacy.migration.V35__SealNik;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before anything else runs. Flyway commits per migration
 * itself, hence bean-managed transactions; its PostgreSQL lock keeps two starting nodes apart.
 * <p>
 * The server's batch job repository (JBeret) shares the database and creates its own tables when
 * the server boots, before this application deploys; so a new database is never empty here. Flyway
 * therefore baselines an unmanaged schema at version 0 and then applies every migration from V1. The NIK keys are
 * installed first: the Java migration V35 seals the stored NIKs with them.
 * <p>
 * Migrations run as the tables' owner ({@code AsnOwnerDS}); then the owner grants the application's role
 * (the one {@code AsnDS} signs in as) its rights, audit rows append-only ({@link ApplicationRole}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Inject
    DataSource dataSource;

    @Resource(lookup = "java:jboss/datasources/AsnOwnerDS")
    DataSource owner;

    @PostConstruct
    void migrate() {
        NikKeyFile.install(owner);
        ClassLoader loader = SchemaMigration.class.getClassLoader();
        MigrateResult result = Flyway.configure(loader).dataSource(owner).baselineOnMigrate(true).baselineVersion("0")
                .resourceProvider(new ListedMigrations(loader))
                .javaMigrationClassProvider(() -> List.of(V35__SealNik.class)).load().migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        try {
            ApplicationRole.grant(owner, dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("The application role's rights could not be granted", e);
        }
    }
}
