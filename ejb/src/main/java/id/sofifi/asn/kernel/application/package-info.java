/**
 * What every use case relies on at run time: the schema migration at start-up, the clock, and the
 * demo data of a development installation; batch job control, including the recognition at start-up
 * of runs a killed server left unfinished.
 */
package id.sofifi.asn.kernel.application;
