/**
 * Identity's API: administrators manage the agency clients that call the API and their tokens
 * ({@code /api/v1/api-clients}). Outside every endpoint group, so no agency token reaches it.
 */
package id.sofifi.asn.identity.api;
