/**
 * Staff screens of the workforce context: the employee list with its filters and CSV export, an employee's
 * profile with the timeline, and the employee import.
 */
package id.sofifi.asn.workforce.web;
