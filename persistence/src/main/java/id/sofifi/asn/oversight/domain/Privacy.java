package id.sofifi.asn.oversight.domain;

/**
 * Who may read a report (ASN-RULES §5): {@code PUBLIC} (publik) everyone reads the text; {@code ANONYMOUS} (anonim)
 * the text is public but the identity is hidden from the public and from the unit; {@code CONFIDENTIAL} (rahasia)
 * nothing is public, only staff and the reporter holding the secret read it. The identity is never public.
 */
public enum Privacy {
    PUBLIC, ANONYMOUS, CONFIDENTIAL
}
