package id.sofifi.asn.identity.domain;

import id.sofifi.asn.kernel.EmailAddress;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.kernel.Wit;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An agency that calls the API (klien API instansi, e.g. BKN or another province's BKD): who to call about it, the
 * endpoint groups it may use and the last day its tokens work (WIT). Its tokens carry the role AGENCY.
 */
@Entity
@Table(name = "api_client")
public class ApiClient {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_name", nullable = false, length = 200)
    private String agencyName;

    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 200)
    private String contactEmail;

    @Convert(converter = ApiScopeSetConverter.class)
    @Column(nullable = false, length = 300)
    private Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ApiClient() {
    }

    /** A client as an administrator describes it, checked field by field; nothing is created if one is wrong. */
    public static ApiClient of(Description d, String createdBy, Instant now) {
        Violations v = new Violations().text(d.agencyName(), "agencyName", 2, 200).text(d.contactName(), "contactName",
                2, 200);
        if (v.require(d.contactEmail(), "contactEmail")) {
            v.check(EmailAddress.valid(d.contactEmail()), "contactEmail", "apiClient.email");
        }
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        if (v.require(d.scopes() == null || d.scopes().isEmpty() ? null : d.scopes(), "scopes")) {
            for (String scope : d.scopes()) {
                try {
                    scopes.add(ApiScope.valueOf(scope == null ? "" : scope.strip()));
                } catch (IllegalArgumentException e) {
                    v.check(false, "scopes", "apiClient.scopeUnknown", scope);
                }
            }
        }
        LocalDate expiresOn = null;
        if (v.require(d.expiresOn(), "expiresOn")) {
            try {
                expiresOn = LocalDate.parse(d.expiresOn().strip());
                v.check(expiresOn.isAfter(LocalDate.ofInstant(now, Wit.ZONE)), "expiresOn", "apiClient.expiryPast");
            } catch (DateTimeParseException e) {
                v.check(false, "expiresOn", "validation.date");
            }
        }
        v.throwIfAny();
        ApiClient client = new ApiClient();
        client.agencyName = d.agencyName().strip();
        client.contactName = d.contactName().strip();
        client.contactEmail = d.contactEmail().strip();
        client.scopes = scopes;
        client.expiresOn = expiresOn;
        client.createdBy = createdBy;
        client.createdAt = now;
        return client;
    }

    /** The first moment its tokens are refused: the start of the day after {@link #expiresOn()}, in WIT. */
    public Instant expiresAt() {
        return expiresOn.plusDays(1).atStartOfDay(Wit.ZONE).toInstant();
    }

    /** The name its calls carry in the audit trail. */
    public String principal() {
        return "client-" + id;
    }

    public Long id() {
        return id;
    }

    public String agencyName() {
        return agencyName;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public Set<ApiScope> scopes() {
        return scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** What an administrator types to create a client; scopes and the date as text, so each gets its own reason. */
    public record Description(String agencyName, String contactName, String contactEmail, List<String> scopes,
            String expiresOn) {
    }

    @Override
    public String toString() {
        return "ApiClient[" + agencyName + "|" + contactName + "|" + contactEmail + "|" + scopes + "|" + expiresOn
                + "]";
    }
}
