/**
 * What every use case relies on at run time but no context owns: the schema migration at start-up, the
 * clock, the files directory, the PDF house style, and the start signal for each context's demo data.
 */
package id.sofifi.asn.platform.application;
