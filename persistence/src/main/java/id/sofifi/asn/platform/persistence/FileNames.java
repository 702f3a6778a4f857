package id.sofifi.asn.platform.persistence;

/** The name an uploaded file is shown under: the browser's name without any path, cut to the column. */
public final class FileNames {
    private FileNames() {
    }

    /** {@code originalName} without a path and at most {@code max} characters; {@code fallback} when it is blank. */
    public static String shown(String originalName, String fallback, int max) {
        String name = originalName == null || originalName.isBlank()
                ? fallback
                : originalName.substring(Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\')) + 1);
        return name.length() > max ? name.substring(0, max) : name;
    }
}
