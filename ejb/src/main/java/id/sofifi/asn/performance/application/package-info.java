/**
 * The use cases of SKP appraisal (ASN-RULES §2): the evaluating official sets an employee's yearly plan and the
 * employee acknowledges it; the plan's official rates each period, the predicate following from the §2 matrix; staff,
 * agencies, the employee and their head read the assessments; the unit's distribution curve is checked for the
 * administrator and the unit head; the import from another appraisal system; the employee's timeline lines and the
 * demo year. Who an employee and their head are comes from workforce's {@code EmployeeDirectory}; who may read whose
 * records from its {@code OwnRecords}.
 */
package id.sofifi.asn.performance.application;
