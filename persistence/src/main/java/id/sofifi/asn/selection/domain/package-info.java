/**
 * Selection: the pure rules that score and rank CPNS applicants — SKD scores and who proceeds to SKB
 * (ASN-RULES.md §1.3–1.5), the final score and who passes (§1.6), and the optimisation that fills
 * empty seats (§1.7). No persistence here: the batch jobs and previews feed these classes and store
 * what they return, so a ranking is computed the same way wherever it is shown.
 */
package id.sofifi.asn.selection.domain;
