/**
 * The workforce part of the external API (API-CONTRACT.md, Workforce and development): the employee import, the
 * employee list and profile ({@code EmployeeResource} is the one root of {@code /employees}), and the appointment
 * of a period's passed applicants as CPNS ({@code POST /periods/{code}/appointments}) with the control of its job
 * through {@code /jobs/{id}} (a {@code JobControl}); the head of a work unit, {@code /work-units/{code}/head}, a
 * sub-resource that recruitment's {@code WorkUnitResource} hands on.
 */
package id.sofifi.asn.workforce.api;
