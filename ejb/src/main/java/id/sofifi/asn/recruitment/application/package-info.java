/**
 * Use cases of recruitment: selection periods, work units and formations; applicant accounts and
 * registration with document checks and the registration card; administrative verification by two
 * people and objections (sanggah); the import of applications from another registration system; and
 * recruitment's demo data. Each change is audited.
 */
package id.sofifi.asn.recruitment.application;
