package id.sofifi.asn.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Before a page renders, gives each of its forms a {@link CspNonceField} (once; the field is transient, so it is added
 * again after every restore). Registered in faces-config.xml for {@code PreRenderViewEvent}.
 */
public class CspNonceInForms implements SystemEventListener {
    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        addToForms((UIComponent) event.getSource());
    }

    private static void addToForms(UIComponent component) {
        if (component instanceof UIForm form) {
            if (form.getChildren().stream().noneMatch(CspNonceField.class::isInstance)) {
                form.getChildren().add(new CspNonceField());
            }
            return;
        }
        component.getFacetsAndChildren().forEachRemaining(CspNonceInForms::addToForms);
    }
}
