/** Use cases of recruitment: selection periods, work units and formations, each change audited. */
package id.sofifi.asn.recruitment.application;
