package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.platform.persistence.FileNames;
import java.io.Serializable;

/** A file already written to the document store, ready to be attached to an application. */
public record StoredFile(String requirementCode, String mediaType, long size, String sha256,
        String originalName) implements Serializable {
    public StoredFile {
        // the name is only shown to staff; cut it to the column and drop any path the browser sent
        originalName = FileNames.shown(originalName, requirementCode, 200);
    }
}
