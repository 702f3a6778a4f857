/**
 * Pengawasan publik over HTTP (API contract, "Oversight"): filing and reading complaints, the staff's case actions
 * and the public holidays; the public complaint dashboard's figures per unit ({@code /complaint-statistics}). Thin: the use cases decide who reads what.
 *
 * <p>Community oversight (pengawasan masyarakat) over the API: complaints and the public forum. The forum part: topics
 * read publicly, written by signed-in citizens (the session of the form login), answered and moderated by staff;
 * citizens' sign-up and confirmation.
 */
package id.sofifi.asn.oversight.api;
