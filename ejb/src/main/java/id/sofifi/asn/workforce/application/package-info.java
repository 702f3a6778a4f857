/**
 * Workforce use cases: importing and listing employees, appointing the passed applicants of a selection period,
 * and {@link id.sofifi.asn.workforce.application.EmployeeDirectory}, through which other contexts learn an
 * employee's facts without reading workforce's tables.
 */
package id.sofifi.asn.workforce.application;
