/**
 * Pengawasan publik screens. For the public, in Bahasa Indonesia and small enough for a phone: the report form
 * (/lapor.xhtml) that shows the tracking code and secret once, and the status page (/lapor/status.xhtml) with the
 * timeline, the four deadlines and the missed ones, and the
 * complaint dashboard (/lapor/dasbor.xhtml) per unit and period. For administrators: the list of reports (status filter, search)
 * and the case page to route, refuse, follow up, close and reopen.
 *
 * <p>Community oversight (pengawasan masyarakat) on screens: complaints and the public forum. The forum part: the public
 * topic list and topic pages, with the citizen's forms (open, post, support, report) and the staff's (official
 * answer, hide and restore) on the same page, and the citizen's sign-up.
 */
package id.sofifi.asn.oversight.web;
