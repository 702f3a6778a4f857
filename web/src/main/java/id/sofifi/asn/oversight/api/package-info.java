/**
 * Community oversight (pengawasan masyarakat) over the API: complaints and the public forum. The forum part: topics
 * read publicly, written by signed-in citizens (the session of the form login), answered and moderated by staff;
 * citizens' sign-up and confirmation.
 */
package id.sofifi.asn.oversight.api;
