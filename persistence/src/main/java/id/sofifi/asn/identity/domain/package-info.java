/** Identity: staff accounts with their roles and login lock-out, and API tokens of agencies and staff. */
package id.sofifi.asn.identity.domain;
