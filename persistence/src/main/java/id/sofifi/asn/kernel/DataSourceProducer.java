package id.sofifi.asn.kernel;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * The one database of the application, for {@code @Inject DataSource} wherever plain JDBC is measured to
 * matter. It lives in this library (not in {@code ejb}) because the batch artifacts sit beside it in the
 * EAR's {@code lib/} and cannot see the EJB module's beans.
 */
@ApplicationScoped
public class DataSourceProducer {
    @Produces
    @Resource(lookup = "java:jboss/datasources/AsnDS")
    DataSource dataSource;
}
