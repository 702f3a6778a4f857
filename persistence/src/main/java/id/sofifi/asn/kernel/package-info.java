/**
 * The shared kernel: the few values every bounded context speaks in (the NIK, sex as the NIK encodes it,
 * the WIT time zone, the shape of codes) and the refusals of the domain (violations, not found, conflict)
 * whose message keys screens and the API translate alike. Nothing else belongs here: a technical helper
 * goes to {@code platform}, a concept with a life of its own to its own context.
 */
package id.sofifi.asn.kernel;
