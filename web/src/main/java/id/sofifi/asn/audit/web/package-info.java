/** Screens of the audit chain for administrators. */
package id.sofifi.asn.audit.web;
