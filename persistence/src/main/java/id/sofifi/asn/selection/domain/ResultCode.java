package id.sofifi.asn.selection.domain;

/** A code of the SKD or the final result; the label is what announcements, the API and the tables show. */
public interface ResultCode {
    String label();
}
