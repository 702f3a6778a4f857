package id.sofifi.asn.system;

import java.nio.file.Path;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Starts a throwaway PostgreSQL before Arquillian starts the managed WildFly and stops it after
 * WildFly has stopped (the precedences order the observers around Arquillian's own).
 */
public class EmbeddedDatabaseExtension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
    }

    public static class Lifecycle {
        private EmbeddedDatabase database;

        public void start(@Observes(precedence = 1000) BeforeSuite event) throws Exception {
            Path work = Path.of(System.getProperty("asn.test.work.dir"));
            database = EmbeddedDatabase.start(SystemTest.DB_PORT, work.resolve("pg-bin"), work.resolve("pg-data"),
                    EmbeddedDatabase.Mode.TEST);
        }

        public void stop(@Observes(precedence = -1000) AfterSuite event) throws Exception {
            if (database != null) {
                database.close();
            }
        }
    }
}
