package id.sofifi.asn.platform.application;

/**
 * Fired once at start-up of an installation that wants demo data: each context observes it and seeds
 * its own demo data when its own tables are empty, so no context writes another's tables.
 */
public record DemoDataRequested() {
}
