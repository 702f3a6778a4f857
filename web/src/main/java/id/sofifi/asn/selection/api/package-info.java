/** REST adapters of selection: result announcements, their entries and their public verification. */
package id.sofifi.asn.selection.api;
