package id.sofifi.asn.oversight.application;

import id.sofifi.asn.identity.domain.Role;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/**
 * Runs the deadline sweep daily at 00:10 WIT, just after a deadline's day has ended in Sofifi (§5: a deadline is
 * missed when its day has ended). Not persistent: a day the server was down is caught up by the next sweep, which
 * finds everything missed since. On several servers each fires it; {@link DeadlineSweep} lets one do the work.
 */
@Singleton
@RunAs(Role.ADMIN_NAME)
public class DeadlineSweepSchedule {
    @EJB
    DeadlineSweep sweep;

    @Schedule(hour = "0", minute = "10", timezone = "Asia/Jayapura", persistent = false)
    void daily() {
        sweep.sweep();
    }
}
