/** The audit part of the API: verification of the chain. */
package id.sofifi.asn.audit.api;
