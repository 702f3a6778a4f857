/** The recruitment part of the external API: periods, thresholds and formations (API-CONTRACT.md). */
package id.sofifi.asn.recruitment.api;
