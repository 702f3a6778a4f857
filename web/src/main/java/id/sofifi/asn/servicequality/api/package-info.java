/**
 * The service quality API of API-CONTRACT.md (Performance and service quality): service units, a citizen's survey
 * response (429 beyond the hourly limit of an address), the index of a unit over a period with its decimals as
 * strings, and batches of receipt codes for a counter.
 */
package id.sofifi.asn.servicequality.api;
