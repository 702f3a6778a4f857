package id.sofifi.asn.audit.application;

import id.sofifi.asn.audit.domain.AuditChain;
import id.sofifi.asn.audit.domain.AuditRepository;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Browsing and checking the audit chain, for administrators. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditService {
    @Inject
    AuditRepository events;

    public Page<AuditEventView> newestFirst(PageRequest request, String text) {
        return events.newestFirst(request, text).map(e -> {
            var entry = e.entry();
            return new AuditEventView(e.seq(), entry.occurredAt(), entry.actor(), entry.action(), entry.subjectType(),
                    entry.subjectKey(), entry.summary(), e.hash());
        });
    }

    public AuditChain.ChainCheck checkChain() {
        return AuditChain.check(events.inChainOrder());
    }
}
