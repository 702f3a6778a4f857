/** Use cases of the audit chain: recording a decision, browsing the chain, checking it. */
package id.sofifi.asn.audit.application;
