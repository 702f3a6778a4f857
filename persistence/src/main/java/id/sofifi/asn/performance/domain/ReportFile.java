package id.sofifi.asn.performance.domain;

import java.io.Serializable;
/**
 * One rendered file of a report, kept in the content-addressed file store under its SHA-256.
 *
 * @param sha256 hex SHA-256 of the bytes, the name the store keeps them under
 * @param size bytes
 */
public record ReportFile(String sha256, long size) implements Serializable {
}
