package id.sofifi.asn.identity.web;

import id.sofifi.asn.identity.domain.TokenBucket;
import java.util.Locale;

/**
 * The limits of issue 13, each a token bucket per caller: per API token, per address on the login form, per address
 * on the public endpoints and forms (reports, forum, sign-up, survey, announcement look-ups, the chain check). Each
 * reads {@code asn.rateLimit.<name>.burst} and {@code asn.rateLimit.<name>.perSecond} (or the environment's
 * {@code ASN_RATE_LIMIT_<NAME>_BURST} and {@code …_PER_SECOND}) on every use, so a system property changed at run time
 * (the tests set them low) applies at once.
 */
public enum RateLimit {
    /** An agency's systems may run a batch of look-ups; 50 a second on average. */
    TOKEN("token", 100, 50),
    /** Next to the lock-out per account: one address guessing across many accounts, 30 at once, then 1 every 2 s. */
    LOGIN("login", 30, 0.5),
    /** A person on a phone never gets near it; a script filing reports or recomputing chains does. */
    PUBLIC("public", 60, 1);

    private final String name;
    private final long defaultBurst;
    private final double defaultPerSecond;

    RateLimit(String name, long defaultBurst, double defaultPerSecond) {
        this.name = name;
        this.defaultBurst = defaultBurst;
        this.defaultPerSecond = defaultPerSecond;
    }

    /** The limit as configured now; a property that is not a number leaves the default. */
    TokenBucket.Limit current() {
        return new TokenBucket.Limit(number("burst", defaultBurst).longValue(),
                number("perSecond", defaultPerSecond).doubleValue());
    }

    public String property(String part) {
        return "asn.rateLimit." + name + "." + part;
    }

    /** The environment variable read when the property is not set: {@code ASN_RATE_LIMIT_PUBLIC_PER_SECOND}. */
    String variable(String part) {
        return ("ASN_RATE_LIMIT_" + name + "_" + part.replace("perSecond", "per_second")).toUpperCase(Locale.ROOT);
    }

    private Number number(String part, Number fallback) {
        String value = System.getProperty(property(part), System.getenv(variable(part)));
        try {
            return value == null ? fallback : Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
