/** The administrators' screen of the mail outbox. */
package id.sofifi.asn.notification.web;
