package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.identity.domain.Role;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/**
 * Runs the document retention sweep daily at 02:30 WIT, when nobody registers or verifies in Sofifi (§6). Not
 * persistent: a day the server was down is caught up by the next sweep, which finds every period due since. On
 * several servers each fires it; {@link DocumentRetentionSweep} lets one do the work.
 */
@Singleton
@RunAs(Role.ADMIN_NAME)
public class DocumentRetentionSchedule {
    @EJB
    DocumentRetentionSweep sweep;

    @Schedule(hour = "2", minute = "30", timezone = "Asia/Jayapura", persistent = false)
    void daily() {
        sweep.sweep();
    }
}
