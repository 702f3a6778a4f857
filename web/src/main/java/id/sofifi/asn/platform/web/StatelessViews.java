package id.sofifi.asn.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Set;

/**
 * The public pages a citizen only reads (or posts without needing the page again) are transient: no view state, so
 * reading them opens no HTTP session — on announcement day, one session per reader would hold memory for 30 minutes
 * each. They are made transient right after the view is restored or created, before PrimeFaces' CSP listener asks
 * for the page's nonce at the start of rendering: {@code <f:view transient>} in the page only took effect when the
 * view was built, later in rendering, so PrimeFaces had already kept the nonce in the view map and the view map
 * opened a session. A new read-only public page is added here.
 */
public class StatelessViews implements PhaseListener {
    private static final long serialVersionUID = 1L;
    static final Set<String> VIEWS = Set.of("/index.xhtml", "/hasil-seleksi.xhtml", "/hasil-seleksi/pengumuman.xhtml",
            "/hasil-seleksi/entri-templat.xhtml", "/hasil-seleksi/cek-rantai.xhtml", "/cek-pendaftaran.xhtml",
            "/pelatihan.xhtml", "/sertifikat.xhtml", "/survei.xhtml", "/survei-terima-kasih.xhtml", "/ikm.xhtml",
            "/lapor/dasbor.xhtml");

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot view = event.getFacesContext().getViewRoot();
        if (view != null && VIEWS.contains(view.getViewId())) {
            view.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view exists only after RESTORE_VIEW
    }

    @Override
    public PhaseId getPhaseId() { return PhaseId.RESTORE_VIEW; }
}
