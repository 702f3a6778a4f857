/**
 * Reading the CSV files that imports take (RFC 4180 with the contract's header rules) and typed fields
 * that report every bad value of a row at once, under the column's name.
 */
package id.sofifi.asn.jobs.csv;
