/** Screens of recruitment: the public portal of open formations, and staff screens for periods, work units and formations. */
package id.sofifi.asn.recruitment.web;
