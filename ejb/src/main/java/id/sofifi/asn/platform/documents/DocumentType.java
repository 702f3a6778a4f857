package id.sofifi.asn.platform.documents;

/** The kinds of file people may upload (PDF, JPEG, PNG), with what a browser needs to show or save each. */
public enum DocumentType {
    PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg"), PNG("image/png", "png");

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The type stored as {@code mediaType}, e.g. to name a file by its extension. */
    public static DocumentType ofMediaType(String mediaType) {
        for (DocumentType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not an uploadable type: " + mediaType);
    }

    public String mediaType() {
        return mediaType;
    }

    /** File name extension without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether the content is a picture, which is re-encoded on upload to drop its metadata. */
    public boolean image() {
        return this != PDF;
    }
}
