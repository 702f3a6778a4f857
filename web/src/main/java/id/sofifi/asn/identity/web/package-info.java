/** Who is calling: the authentication mechanism for staff (form login) and API clients (bearer tokens). */
package id.sofifi.asn.identity.web;
