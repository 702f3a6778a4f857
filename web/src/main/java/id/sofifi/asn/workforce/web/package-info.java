/**
 * Workforce screens: the employee list and profile for staff, and the employee's own sign-in (password by mailed
 * link) and self-service page.
 */
package id.sofifi.asn.workforce.web;
