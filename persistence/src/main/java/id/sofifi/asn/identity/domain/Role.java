package id.sofifi.asn.identity.domain;

/**
 * What a caller may do. Staff hold one or more; {@code AGENCY} is for API clients of other agencies;
 * {@code APPLICANT} is a person logged in to the portal with their own applicant account; {@code EMPLOYEE} a civil
 * servant signed in by NIP to their self-service page; {@code CITIZEN} a member of the public (warga) signed in by
 * their confirmed e-mail to write in the public forum.
 */
public enum Role {
    ADMIN, VERIFIER, SUPERVISOR, OPERATOR, AGENCY, APPLICANT, EMPLOYEE, CITIZEN;

    /** Role names as the container knows them, for {@code @RolesAllowed} and web.xml. */
    public static final String ADMIN_NAME = "ADMIN";

    public static final String VERIFIER_NAME = "VERIFIER";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String AGENCY_NAME = "AGENCY";
    public static final String APPLICANT_NAME = "APPLICANT";
    public static final String EMPLOYEE_NAME = "EMPLOYEE";
    public static final String CITIZEN_NAME = "CITIZEN";
}
