/**
 * Health checks reported under {@code /health}. They live in this library module because the server
 * collects health checks only from the EAR's shared libraries.
 */
package id.sofifi.asn.platform.health;
