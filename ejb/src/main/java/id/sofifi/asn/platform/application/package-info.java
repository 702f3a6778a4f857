/**
 * What every use case relies on at run time but no context owns: the schema migration at start-up, the clock, the
 * files directory and its store of files by SHA-256, the PDF house style, the streaming XLSX writer, the start signal
 * for each context's demo data, and the staff home page that each context fills through a
 * {@link id.sofifi.asn.platform.application.StaffHomeSource}.
 */
package id.sofifi.asn.platform.application;
