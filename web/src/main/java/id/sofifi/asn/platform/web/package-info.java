/**
 * Screen plumbing shared by every context: translating message keys (Indonesian first), showing a use
 * case's refusal on the current screen, refusing characters no form may store, the language switch, the security
 * headers of every answer, WIT date
 * formats, lazy PrimeFaces tables over paged use cases, and reading records from pages.
 */
package id.sofifi.asn.platform.web;
