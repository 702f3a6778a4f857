/**
 * What every use case relies on at run time: the schema migration at start-up, the clock, and the
 * demo data of a development installation.
 */
package id.sofifi.asn.kernel.application;
