package id.sofifi.asn.performance.batch;

import id.sofifi.asn.recruitment.application.WorkUnitView;

/** One unit of the report on its way through the step: its place, the unit, its figures once computed (JSON). */
record ReportItem(int position, WorkUnitView unit, String figures) {
}
