/**
 * Screens and web plumbing of personal data protection (§6): the address every request comes from, and the
 * administrator's report of who read a person's data, with its CSV download.
 */
package id.sofifi.asn.privacy.web;
