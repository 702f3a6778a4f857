package id.sofifi.asn.kernel;

/** The request clashes with what is stored: a duplicate code, a stale version, a record still in use. */
public class ConflictException extends DomainException {
    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
