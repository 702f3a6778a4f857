/**
 * API plumbing shared by every context: the JAX-RS application under {@code /api/v1}, problem+json
 * errors (RFC 9457) for every failure, role checks that answer 401/403, paging parameters and enum
 * fields, and the one root of {@code /jobs}, where a context plugs in stop and restart by producing a {@link
 * id.sofifi.asn.jobs.api.JobControl}.
 */
package id.sofifi.asn.platform.api;
