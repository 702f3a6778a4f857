/**
 * Selection: the pure rules that score and rank CPNS applicants — SKD scores and who proceeds to SKB
 * (ASN-RULES.md §1.3–1.5), the final score and who passes (§1.6), and the optimisation that fills
 * empty seats (§1.7). The rules are plain Java: the batch jobs and previews feed them and store what
 * they return, so a ranking is computed the same way wherever it is shown. Storing is done by the
 * repositories here: {@link id.sofifi.asn.selection.domain.SelectionResultRepository} owns every statement
 * on the result tables, {@link id.sofifi.asn.selection.domain.AnnouncementRepository} the announcements.
 */
package id.sofifi.asn.selection.domain;
