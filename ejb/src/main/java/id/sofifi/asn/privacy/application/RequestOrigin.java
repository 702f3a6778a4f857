package id.sofifi.asn.privacy.application;

/**
 * The network address of the request this thread serves, set by the web layer's filter around every request so
 * that a read of personal data records where it came from (§6). Local EJB calls run on the caller's thread; a job or
 * timer has no address.
 */
public final class RequestOrigin {
    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

    private RequestOrigin() {
    }

    public static void set(String address) {
        ADDRESS.set(address);
    }

    public static void clear() {
        ADDRESS.remove();
    }

    /** The address, or null outside a request. */
    public static String address() {
        return ADDRESS.get();
    }
}
