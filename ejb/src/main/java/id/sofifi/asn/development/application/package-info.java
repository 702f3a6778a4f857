/**
 * Development use cases: training partners and trainings, enrolment by staff or by the employee themself with the
 * waiting list, completion with its training record and certificate, attendance per session, the JP ledger of an
 * employee and year, the public certificate check, development's lines on the employee's profile timeline, and the
 * daily Latsar and JP reminders by mail. Employees' facts come only through workforce's EmployeeDirectory.
 */
package id.sofifi.asn.development.application;
