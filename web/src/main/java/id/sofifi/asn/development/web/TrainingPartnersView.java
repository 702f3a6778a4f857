package id.sofifi.asn.development.web;

import id.sofifi.asn.development.application.PartnerView;
import id.sofifi.asn.development.application.TrainingPartnerService;
import id.sofifi.asn.development.domain.PartnerKind;
import id.sofifi.asn.platform.web.PagedLazyModel;
import id.sofifi.asn.platform.web.UseCase;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Staff screen: the training partners (mitra pelatihan), searchable, with a dialog to add one. */
@Named
@ViewScoped
public class TrainingPartnersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    TrainingPartnerService partners;

    private final PagedLazyModel<PartnerView> table = new PagedLazyModel<>(
            (filters, request) -> partners.search(filters.get("name"), request));
    private String code;
    private String name;
    private PartnerKind kind;

    public void startNew() {
        code = null;
        name = null;
        kind = PartnerKind.UNIVERSITY;
    }

    public void save() {
        UseCase.run(() -> partners.create(code, name, kind), "trainingPartner.saved", code);
    }

    public PartnerKind[] getKinds() { return PartnerKind.values(); }

    public PagedLazyModel<PartnerView> getTable() { return table; }

    public String getCode() { return code; }

    public void setCode(String code) { this.code = code; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public PartnerKind getKind() { return kind; }

    public void setKind(PartnerKind kind) { this.kind = kind; }
}
