package id.sofifi.asn.platform.web;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * A hidden field that sends the page's Content-Security-Policy nonce back with its form. PrimeFaces' CSP mode refuses
 * a postback to a page that does not name the nonce it was rendered with; on staff screens PrimeFaces' script adds
 * it, but the public pages load no script, so their forms carry it themselves ({@link CspNonceInForms}).
 */
public class CspNonceField extends UIComponentBase {
    /** The request parameter PrimeFaces reads the nonce from. */
    static final String PARAMETER = "primefaces.nonce";

    public CspNonceField() {
        setTransient(true);
    }

    @Override
    public String getFamily() { return "id.sofifi.asn.CspNonceField"; }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", this);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", PARAMETER, null);
        writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
        writer.endElement("input");
    }
}
