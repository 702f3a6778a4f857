/**
 * The workforce part of the external API (API-CONTRACT.md, Workforce and development): the employee import and
 * the employee list and profile. {@code EmployeeResource} is the one root of {@code /employees}.
 */
package id.sofifi.asn.workforce.api;
