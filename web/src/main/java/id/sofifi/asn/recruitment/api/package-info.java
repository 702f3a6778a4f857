/**
 * The recruitment part of the external API: periods, thresholds and formations, and the organisation tree of work
 * units (API-CONTRACT.md, Recruitment and Organisation). Its
 * {@code PeriodResource} is the one root of {@code /periods} and hands the paths of a period that selection
 * serves on to selection's sub-resource.
 */
package id.sofifi.asn.recruitment.api;
