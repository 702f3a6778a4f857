package id.sofifi.asn.kernel;

/** The named record does not exist. */
public class NotFoundException extends DomainException {
    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
