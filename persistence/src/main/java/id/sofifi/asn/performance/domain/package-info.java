/**
 * Penilaian kinerja — SKP (ASN-RULES §2): the yearly plan an evaluating official sets for an employee, the periodic
 * and annual assessments of work results and behaviour (the seven BerAKHLAK values), the predicate that the §2
 * matrix derives from the two ratings, the rows of an assessment import, and the distribution curve a unit's
 * predicates are held to. Employees and officials are referred to by NIP only; their facts come from workforce.
 */
package id.sofifi.asn.performance.domain;
