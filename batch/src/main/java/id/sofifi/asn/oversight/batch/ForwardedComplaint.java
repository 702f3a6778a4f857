package id.sofifi.asn.oversight.batch;

import id.sofifi.asn.oversight.domain.ImportedComplaint;

/** A valid forwarded case and the id of the work unit its code names, as the processor hands it to the writer. */
record ForwardedComplaint(ImportedComplaint row, long workUnitId) {
    @Override
    public String toString() {
        // the audit digests this text: the case, never the reporter
        return row.trackingCode() + "," + row.receivedAt() + "," + row.filing().kind() + "," + row.filing().privacy()
                + "," + row.filing().workUnitCode();
    }
}
