package id.sofifi.asn.platform.documents;

import id.sofifi.asn.platform.application.FilesDirectory;
import id.sofifi.asn.platform.application.HashedFiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Uploaded documents (applicants' documents, SKP evidence) on disk in {@link FilesDirectory} {@code documents/},
 * named by their SHA-256 so a file is written once and can be checked against its name.
 */
@ApplicationScoped
public class DocumentStore {
    private HashedFiles files;

    @PostConstruct
    void open() {
        files = new HashedFiles("documents");
    }

    /** Writes the bytes under their hash; a file already there (same hash) is left as it is. */
    public void put(String sha256, byte[] content) {
        files.put(sha256, content);
    }

    public boolean contains(String sha256) {
        return files.contains(sha256);
    }

    public byte[] get(String sha256) {
        return files.get(sha256);
    }

    /** Removes the file kept under the hash (retention, §6); nothing happens when there is none. */
    public void delete(String sha256) {
        files.delete(sha256);
    }
}
