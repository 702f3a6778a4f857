/**
 * Identity: staff accounts with their roles and login lock-out, API tokens of staff and of agency clients (klien API
 * instansi) with their scopes and expiry, and the token bucket the rate limits count with.
 */
package id.sofifi.asn.identity.domain;
