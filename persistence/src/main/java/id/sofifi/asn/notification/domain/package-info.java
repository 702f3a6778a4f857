/**
 * The mail outbox: messages written in the same transaction as the decision they tell of, sent later by
 * the dispatcher, so a mail is never sent for a change that was rolled back nor lost for one that was not.
 */
package id.sofifi.asn.notification.domain;
