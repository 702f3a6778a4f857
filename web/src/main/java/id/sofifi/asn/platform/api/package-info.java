/**
 * API plumbing shared by every context: the JAX-RS application under {@code /api/v1}, problem+json
 * errors (RFC 9457) for every failure, role checks that answer 401/403, and paging parameters.
 */
package id.sofifi.asn.platform.api;
