package id.sofifi.asn.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while PostgreSQL answers and the schema is migrated: a load balancer stops sending
 * traffic to a node that has lost its database. Reported under {@code /health/ready}. It lives in this
 * library module because the server collects health checks only from the EAR's shared libraries.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    private static final String NAME = "database";

    @Inject
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success ORDER BY"
                        + " installed_rank DESC LIMIT 1")) {
            rs.next();
            return HealthCheckResponse.named(NAME).up().withData("schemaVersion", String.valueOf(rs.getString(1)))
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", e.getMessage()).build();
        }
    }
}
