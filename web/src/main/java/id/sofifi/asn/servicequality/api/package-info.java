/**
 * The service quality API of API-CONTRACT.md (Performance and service quality): service units, a citizen's survey
 * response (429 beyond the hourly limit of an address, none for a paired kiosk's cookie), the index of a unit over a
 * period with its decimals as strings, batches of receipt codes for a counter, the import of paper forms, the unit's
 * poster, and, for administrators, its kiosk tablets and flagged responses with their exclusion.
 */
package id.sofifi.asn.servicequality.api;
