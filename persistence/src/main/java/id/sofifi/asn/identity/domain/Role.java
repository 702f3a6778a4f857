package id.sofifi.asn.identity.domain;

/** What an account may do. Staff hold one or more; {@code AGENCY} is for API clients of other agencies. */
public enum Role {
    ADMIN, VERIFIER, SUPERVISOR, OPERATOR, AGENCY;

    /** Role names as the container knows them, for {@code @RolesAllowed} and web.xml. */
    public static final String ADMIN_NAME = "ADMIN";
}
