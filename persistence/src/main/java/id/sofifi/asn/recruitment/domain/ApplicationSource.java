package id.sofifi.asn.recruitment.domain;

/** Where an application came from: this portal, or an import of another registration system's export. */
public enum ApplicationSource {
    PORTAL, IMPORT
}
