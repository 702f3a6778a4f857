/**
 * Pengawasan publik screens for the public, in Bahasa Indonesia and small enough for a phone: the report form
 * (/lapor.xhtml) that shows the tracking code and secret once, and the status page (/lapor/status.xhtml) with the
 * timeline, the four deadlines and the missed ones.
 */
package id.sofifi.asn.oversight.web;
