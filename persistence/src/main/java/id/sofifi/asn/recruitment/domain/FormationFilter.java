package id.sofifi.asn.recruitment.domain;

/**
 * What a portal visitor or staff member narrows formations by; every part is optional. {@code text}
 * matches code, position, work unit name or education (contained, case-insensitive); {@code education}
 * is one education qualification as listed (case-insensitive).
 */
public record FormationFilter(String periodCode, String workUnitCode, FormationCategory category, String education,
        String text) {
}
