/**
 * Community oversight (pengawasan masyarakat) on screens: complaints and the public forum. The forum part: the public
 * topic list and topic pages, with the citizen's forms (open, post, support, report) and the staff's (official
 * answer, hide and restore) on the same page, and the citizen's sign-up.
 */
package id.sofifi.asn.oversight.web;
