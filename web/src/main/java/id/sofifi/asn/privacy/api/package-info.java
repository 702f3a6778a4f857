/** The API of personal data protection (§6): who read a person's data, for an administrator's breach report. */
package id.sofifi.asn.privacy.api;
