package id.sofifi.asn.audit.web;

import id.sofifi.asn.audit.application.AuditEventView;
import id.sofifi.asn.audit.application.AuditService;
import id.sofifi.asn.audit.domain.AuditChain;
import id.sofifi.asn.platform.web.FacesMessages;
import id.sofifi.asn.platform.web.PagedLazyModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Administrator screen: the audit chain, newest first, and a check that recomputes it. */
@Named
@ViewScoped
public class AuditView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    AuditService audit;

    private final PagedLazyModel<AuditEventView> table = new PagedLazyModel<>(
            (filters, request) -> audit.newestFirst(request, filters.get("subjectKey")));

    public void checkChain() {
        AuditChain.ChainCheck result = audit.checkChain();
        if (result.valid()) {
            FacesMessages.info("audit.valid", result.events(), result.headHash());
        } else {
            FacesMessages.error("audit.broken", result.firstBrokenSeq());
        }
    }

    public PagedLazyModel<AuditEventView> getTable() { return table; }
}
