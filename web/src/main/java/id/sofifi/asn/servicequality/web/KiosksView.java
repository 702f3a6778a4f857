package id.sofifi.asn.servicequality.web;

import id.sofifi.asn.platform.web.Requests;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.servicequality.application.KioskPairing;
import id.sofifi.asn.servicequality.application.KioskService;
import id.sofifi.asn.servicequality.application.KioskView;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/**
 * The kiosk dialog of the service-units screen: a unit's kiosk tablets, pairing a new one (its pairing link shown
 * once, valid for an hour) and revoking one.
 */
@Named
@ViewScoped
public class KiosksView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    KioskService kiosks;

    private String unit;
    private String label;
    private String pairingLink;
    private List<KioskView> list = List.of();

    public void open(String serviceUnitCode) {
        unit = serviceUnitCode;
        label = null;
        pairingLink = null;
        reload();
    }

    public void pair() {
        UseCase.run(() -> {
            KioskPairing pairing = kiosks.pair(unit, label);
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            pairingLink = Requests.base(request) + pairing.pairingPath();
        }, "kiosk.pairingCreated");
        label = null;
        reload();
    }

    public void revoke(long id) {
        UseCase.run(() -> kiosks.revoke(unit, id), "kiosk.revokedDone");
        pairingLink = null;
        reload();
    }

    private void reload() {
        list = kiosks.of(unit);
    }

    public String getUnit() { return unit; }

    public String getLabel() { return label; }

    public void setLabel(String label) { this.label = label; }

    /** The link the tablet opens; only right after pairing, never again. */
    public String getPairingLink() {
        return pairingLink;
    }

    public List<KioskView> getList() { return list; }
}
