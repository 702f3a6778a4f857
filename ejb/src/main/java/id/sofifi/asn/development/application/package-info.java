/**
 * Development use cases: training partners and trainings, enrolment by staff or by the employee themself with the
 * waiting list, completion with its training record and certificate, attendance per session, the import of
 * partners' training records, the JP ledger of an employee and year, the JP compliance of a unit's employees, the
 * public certificate check, development's lines on the employee's profile timeline, and the daily Latsar and JP
 * reminders by mail. Employees' facts come only through workforce's EmployeeDirectory and EmployeeService.
 */
package id.sofifi.asn.development.application;
