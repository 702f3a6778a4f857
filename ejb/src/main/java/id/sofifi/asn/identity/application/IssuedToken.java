package id.sofifi.asn.identity.application;

import java.io.Serializable;
/**
 * A token just issued: {@code secret} is what the agency sends as {@code Authorization: Bearer}. It is in this answer
 * only; the system keeps its SHA-256 and can never show it again.
 */
public record IssuedToken(ApiTokenView token, String secret) implements Serializable {
}
