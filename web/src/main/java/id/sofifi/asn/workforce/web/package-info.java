/**
 * Workforce screens: for staff the employee list with its filters and CSV export, an employee's profile with the
 * timeline, and the employee import; for employees their own sign-in (password by mailed link) and self-service
 * page.
 */
package id.sofifi.asn.workforce.web;
