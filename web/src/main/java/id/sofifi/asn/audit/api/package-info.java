/** The audit part of the API: the chain check ({@code /audit/verification}, the contract's address). */
package id.sofifi.asn.audit.api;
