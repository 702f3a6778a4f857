package id.sofifi.asn.platform.web;

import id.sofifi.asn.kernel.DomainException;
import jakarta.ejb.EJBAccessException;

/**
 * Runs a use case from a screen action: a refusal becomes messages on the screen (and keeps what the
 * person typed), success shows the given confirmation.
 */
public final class UseCase {
    private UseCase() {
    }

    public static boolean run(Runnable action, String successKey, Object... args) {
        try {
            action.run();
            FacesMessages.info(successKey, args);
            return true;
        } catch (DomainException e) {
            FacesMessages.refused(e);
        } catch (EJBAccessException e) {
            FacesMessages.denied();
        }
        return false;
    }
}
