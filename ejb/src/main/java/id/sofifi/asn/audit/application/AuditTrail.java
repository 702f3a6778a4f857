package id.sofifi.asn.audit.application;

import id.sofifi.asn.audit.domain.AuditChain;
import id.sofifi.asn.audit.domain.AuditEntry;
import id.sofifi.asn.audit.domain.AuditRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The one audit writer. Every use case that changes something calls it inside its own transaction,
 * so the change and its audit event commit or roll back together.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {
    @Inject
    AuditRepository events;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Records a change made by the calling user; {@code before}/{@code after} are digested, never stored. Answers the
     * event's chain hash, for records that show where they stand in the chain (the forum's official answer).
     */
    public String record(String action, String subjectType, String subjectKey, Object before, Object after,
            String summary) {
        return recordAs(session.getCallerPrincipal().getName(), action, subjectType, subjectKey, before, after,
                summary);
    }

    /** Records a change on behalf of a named actor, for decisions taken before anyone is logged in. */
    public String recordAs(String actor, String action, String subjectType, String subjectKey, Object before,
            Object after, String summary) {
        return events.append(new AuditEntry(clock.instant(), actor, action, subjectType, subjectKey, digest(before),
                digest(after), summary)).hash();
    }

    private static String digest(Object state) {
        return state == null ? null : AuditChain.sha256(state.toString());
    }
}
