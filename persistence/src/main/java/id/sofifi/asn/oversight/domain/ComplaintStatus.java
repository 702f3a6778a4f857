package id.sofifi.asn.oversight.domain;

/** Where a case stands: diterima, diteruskan ke unit, ditindaklanjuti, selesai, ditolak (with a reason). */
public enum ComplaintStatus {
    RECEIVED, ROUTED, FOLLOWED_UP, CLOSED, REJECTED;

    /** Whether the case is over; deadlines of a finished case are never missed. */
    public boolean finished() {
        return this == CLOSED || this == REJECTED;
    }
}
