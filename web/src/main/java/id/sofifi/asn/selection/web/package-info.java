/**
 * Screens of selection: the operator's screen of the ranking jobs, results by formation with their
 * explanation, the staff desk for announcements, and the public announcement pages.
 */
package id.sofifi.asn.selection.web;
