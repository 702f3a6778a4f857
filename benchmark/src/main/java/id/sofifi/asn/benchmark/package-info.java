/**
 * Load benchmarks that drive a running system (./mvnw -Prun) over its public HTTP API and pages only, as
 * citizens, agencies and staff do: the soak of issue 13 ({@link id.sofifi.asn.benchmark.Soak}). Not part of the
 * default build; profile {@code bench}, figures in docs/benchmarks.md.
 */
package id.sofifi.asn.benchmark;
