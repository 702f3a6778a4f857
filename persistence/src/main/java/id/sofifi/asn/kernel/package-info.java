/**
 * Small values and exceptions shared by every bounded context: the WIT clock zone, paging, and the
 * domain exceptions whose message keys screens and the API translate alike.
 */
package id.sofifi.asn.kernel;
