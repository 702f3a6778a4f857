/**
 * Service quality screens: the public survey page of a service unit for phones and kiosks (a plain form, no
 * JavaScript, no view state), its thank-you page, the public results page with the nine elements as bars, and the
 * staff screen of service units.
 */
package id.sofifi.asn.servicequality.web;
