/**
 * Use cases of identity: staff login with lock-out, API token checks (with the token's last use), and the
 * administrators' management of agency API clients and their tokens.
 */
package id.sofifi.asn.identity.application;
