package id.sofifi.asn.platform.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * The one database of the application, for {@code @Inject DataSource} wherever plain JDBC is measured to
 * matter: use cases, repositories and batch artifacts alike (like {@link ClockProducer}, its bean is
 * visible to the libraries in the EAR's {@code lib/}, though their classes cannot see this module's).
 */
@ApplicationScoped
public class DataSourceProducer {
    @Produces
    @Resource(lookup = "java:jboss/datasources/AsnDS")
    DataSource dataSource;
}
