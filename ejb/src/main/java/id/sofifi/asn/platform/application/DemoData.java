package id.sofifi.asn.platform.application;

import id.sofifi.asn.platform.persistence.TransactionLock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Asks every context to seed the demo data README.md documents, after the schema is migrated and in one
 * transaction, so a half-seeded installation cannot happen. Off when {@code ASN_DEMO_DATA=false}. Two servers
 * started together on a fresh database seed one after the other: the second finds the tables filled.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    Event<DemoDataRequested> requested;

    @Inject
    TransactionLock lock;

    @PostConstruct
    void seed() {
        if ("false".equalsIgnoreCase(System.getenv("ASN_DEMO_DATA"))) {
            return;
        }
        lock.hold("demo-data");
        requested.fire(new DemoDataRequested());
        LOG.info("Demo data requested from every context (each seeds only when its own tables are empty)");
    }
}
