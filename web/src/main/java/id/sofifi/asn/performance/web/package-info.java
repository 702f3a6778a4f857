/**
 * Performance's screens for employees signed in on their self-service pages: the SKP section of "Halaman saya" (their
 * plan to acknowledge, their assessments, and for an evaluating official the employees they evaluate), and the page
 * on which the official sets an employee's plan and rates a period, seeing the predicate the §2 matrix gives as they
 * choose the ratings; and the staff screen of the periodic evaluation report (laporan evaluasi berkala): start,
 * follow, download and publish.
 */
package id.sofifi.asn.performance.web;
