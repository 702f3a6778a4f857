package id.sofifi.asn.selection.domain;

/** A valid row of a score import: where it came from and whose score it is. */
public interface ImportedScore {
    long line();

    String registrationNumber();
}
