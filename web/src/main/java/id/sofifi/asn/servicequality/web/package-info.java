/**
 * Service quality screens: the public survey page of a service unit for phones and kiosks (a plain form, no
 * JavaScript, no view state), its thank-you page, the public results page with the nine elements as bars, the trend
 * by quarter and the groups of five or more, the kiosk pairing link, and the staff screens: service units (with
 * their kiosks, poster and paper-form upload) and flagged responses.
 */
package id.sofifi.asn.servicequality.web;
