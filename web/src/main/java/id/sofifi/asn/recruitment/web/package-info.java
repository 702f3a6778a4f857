/**
 * Screens of recruitment: the public portal of open formations, applicant accounts, the application
 * wizard and "my applications", the registration card and its public check; staff screens for periods,
 * work units, formations, document requirements, administrative verification and imports.
 */
package id.sofifi.asn.recruitment.web;
