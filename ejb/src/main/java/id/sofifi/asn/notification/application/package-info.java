/**
 * The outbox's use cases: administrators read and retry messages; the dispatcher hands them to the
 * server's mail session when sending is switched on.
 */
package id.sofifi.asn.notification.application;
