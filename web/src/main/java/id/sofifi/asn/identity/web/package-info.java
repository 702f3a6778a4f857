/**
 * Who is calling: the authentication mechanism for staff (form login) and API clients (bearer tokens), the rate
 * limits per token and per address with the public pages' limit, and the staff screen of agency API clients.
 */
package id.sofifi.asn.identity.web;
