/** Screens of selection: the staff desk for announcements, and the public announcement pages. */
package id.sofifi.asn.selection.web;
