/**
 * Development screens: training partners and trainings for staff (with a training's enrolments: enrol by NIP,
 * cancel, mark completed; its attendance per session), the import of partners' training records, the JP compliance
 * of a unit (summary, chart, employee table and its download), the public catalogue of upcoming trainings, the
 * public certificate check behind the certificate's QR code, and the certificate PDF.
 */
package id.sofifi.asn.development.web;
