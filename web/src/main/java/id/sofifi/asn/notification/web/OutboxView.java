package id.sofifi.asn.notification.web;

import id.sofifi.asn.notification.application.OutboxService;
import id.sofifi.asn.platform.web.PagedLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The outbox screen: newest mail first, searchable by recipient. */
@Named
@ViewScoped
public class OutboxView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    OutboxService outbox;

    private PagedLazyModel<OutboxService.MailView> table;

    @PostConstruct
    void init() {
        table = new PagedLazyModel<>((filters, request) -> outbox.newestFirst(filters.get("recipient"), request));
    }

    public PagedLazyModel<OutboxService.MailView> getTable() { return table; }
}
