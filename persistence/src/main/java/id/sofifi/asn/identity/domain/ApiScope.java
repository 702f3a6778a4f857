package id.sofifi.asn.identity.domain;

import java.util.Optional;

/**
 * An endpoint group an agency client may call (cakupan akses): one per bounded context that has resources under
 * {@code /api/v1}. The group of an endpoint is the context of its resource's package, so a new resource belongs to a
 * group the moment it is written, and nobody keeps a list of paths.
 */
public enum ApiScope {
    RECRUITMENT("recruitment"), SELECTION("selection"), WORKFORCE("workforce"), DEVELOPMENT("development"), PERFORMANCE(
            "performance"), SERVICE_QUALITY("servicequality"), OVERSIGHT("oversight"), JOBS("jobs"), AUDIT("audit");

    private static final String ROOT = "id.sofifi.asn.";

    private final String context;

    ApiScope(String context) {
        this.context = context;
    }

    /**
     * The group of a resource in package {@code id.sofifi.asn.<context>.api}; empty for any other package (identity's
     * own resources, the platform), which agency clients therefore never reach.
     */
    public static Optional<ApiScope> ofPackage(String packageName) {
        if (packageName == null || !packageName.startsWith(ROOT) || !packageName.endsWith(".api")) {
            return Optional.empty();
        }
        String context = packageName.substring(ROOT.length(), packageName.length() - ".api".length());
        for (ApiScope scope : values()) {
            if (scope.context.equals(context)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
