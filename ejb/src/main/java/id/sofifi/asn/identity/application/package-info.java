/** Use cases of identity: staff login with lock-out, and API token checks. */
package id.sofifi.asn.identity.application;
