/**
 * Development use cases: training partners and trainings, enrolment by staff or by the employee themself with the
 * waiting list, completion with its training record and certificate, the JP ledger of an employee and year, and the
 * public certificate check. Employees' facts come only through workforce's EmployeeDirectory.
 */
package id.sofifi.asn.development.application;
