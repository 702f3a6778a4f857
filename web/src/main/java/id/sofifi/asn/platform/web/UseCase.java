package id.sofifi.asn.platform.web;

import id.sofifi.asn.kernel.DomainException;
import jakarta.ejb.EJBAccessException;
import java.util.Map;

/**
 * Runs a use case from a screen action: a refusal becomes messages on the screen (and keeps what the
 * person typed), success shows the given confirmation.
 */
public final class UseCase {
    private UseCase() {
    }

    public static boolean run(Runnable action, String successKey, Object... args) {
        return run(action, Map.of(), successKey, args);
    }

    /**
     * As {@link #run(Runnable, String, Object...)}, naming refused fields by the given labels where the bundle's
     * {@code field.*} label means something else on this screen.
     */
    public static boolean run(Runnable action, Map<String, String> labels, String successKey, Object... args) {
        try {
            action.run();
            FacesMessages.info(successKey, args);
            return true;
        } catch (DomainException e) {
            FacesMessages.refused(e, labels);
        } catch (EJBAccessException e) {
            FacesMessages.denied();
        }
        return false;
    }
}
