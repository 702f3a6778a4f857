package id.sofifi.asn.platform.persistence;

import id.sofifi.asn.kernel.ConflictException;

/** Optimistic locking at the use-case boundary: an edit made on an outdated copy is refused. */
public final class StaleVersion {
    private StaleVersion() {
    }

    /** Throws a conflict when the version the editor read is not the version stored now. */
    public static void refuseUnless(long expected, long stored) {
        if (expected != stored) {
            throw new ConflictException("conflict.staleVersion");
        }
    }
}
