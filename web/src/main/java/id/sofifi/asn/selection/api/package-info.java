/** The selection part of the external API (API-CONTRACT.md, Selection): score imports, ranking jobs, results. */
package id.sofifi.asn.selection.api;
