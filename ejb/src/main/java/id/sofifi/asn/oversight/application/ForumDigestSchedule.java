package id.sofifi.asn.oversight.application;

import id.sofifi.asn.identity.domain.Role;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/**
 * Sends yesterday's forum digests every day at 06:00 WIT, before the working day. Not persistent: a day the server
 * was down is skipped rather than sent late, since a digest is about one day's news and the topics stay readable.
 */
@Singleton
@RunAs(Role.ADMIN_NAME)
public class ForumDigestSchedule {
    @EJB
    ForumDigestService digests;

    @Schedule(hour = "6", minute = "0", timezone = "Asia/Jayapura", persistent = false)
    void daily() {
        digests.sendYesterday();
    }
}
