/**
 * Load benchmarks that drive a running system (./mvnw -Prun) over its public HTTP API and pages only, as
 * citizens, agencies, staff and applicants do: the soak of issue 13 ({@link id.sofifi.asn.benchmark.Soak}) and
 * registration under load of issue 14 ({@link id.sofifi.asn.benchmark.Registration}: hundreds of applicants signing
 * up, confirming, signing in, filling the wizard with uploads and submitting on the portal's pages, then what was
 * stored checked over JDBC). Not part of the default build; profile {@code bench}, figures in docs/benchmarks.md.
 */
package id.sofifi.asn.benchmark;
