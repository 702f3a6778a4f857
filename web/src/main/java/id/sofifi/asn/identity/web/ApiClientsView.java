package id.sofifi.asn.identity.web;

import id.sofifi.asn.identity.application.ApiClientService;
import id.sofifi.asn.identity.application.ApiClientView;
import id.sofifi.asn.identity.application.ApiTokenView;
import id.sofifi.asn.identity.application.IssuedToken;
import id.sofifi.asn.identity.domain.ApiClient;
import id.sofifi.asn.identity.domain.ApiScope;
import id.sofifi.asn.platform.web.PagedLazyModel;
import id.sofifi.asn.platform.web.UseCase;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff screen of agency API clients (klien API instansi), for administrators: the clients, a new one, and each
 * client's tokens — issue or rotate (the token shown once), revoke.
 */
@Named
@ViewScoped
public class ApiClientsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    ApiClientService clients;

    private final PagedLazyModel<ApiClientView> table = new PagedLazyModel<>(
            (filters, request) -> clients.list(filters.get("agencyName"), request));
    private String agencyName;
    private String contactName;
    private String contactEmail;
    private List<String> scopes = new ArrayList<>();
    private LocalDate expiresOn;
    /** The client whose tokens dialog is open. */
    private ApiClientView selected;
    /** The token just issued, until its dialog is closed: the only time anyone sees it. */
    private IssuedToken issued;

    public void startNew() {
        agencyName = null;
        contactName = null;
        contactEmail = null;
        scopes = new ArrayList<>();
        expiresOn = null;
    }

    public void create() {
        UseCase.run(() -> clients.create(new ApiClient.Description(agencyName, contactName, contactEmail, scopes,
                expiresOn == null ? null : expiresOn.toString())), "apiClient.created", agencyName);
    }

    public void open(ApiClientView client) {
        selected = clients.find(client.id());
    }

    public void issueToken() {
        UseCase.run(() -> issued = clients.issueToken(selected.id()), "apiToken.issuedMessage", selected.agencyName());
        selected = clients.find(selected.id());
    }

    public void revoke(ApiTokenView token) {
        UseCase.run(() -> clients.revokeToken(selected.id(), token.id()), "apiToken.revokedMessage", token.hint());
        selected = clients.find(selected.id());
    }

    /** Forgets the token once its dialog closes, so it is not kept in the session either. */
    public void forgetIssued() {
        issued = null;
    }

    public ApiScope[] getAllScopes() { return ApiScope.values(); }

    public PagedLazyModel<ApiClientView> getTable() { return table; }

    public ApiClientView getSelected() { return selected; }

    public IssuedToken getIssued() { return issued; }

    public String getAgencyName() { return agencyName; }

    public void setAgencyName(String agencyName) { this.agencyName = agencyName; }

    public String getContactName() { return contactName; }

    public void setContactName(String contactName) { this.contactName = contactName; }

    public String getContactEmail() { return contactEmail; }

    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }

    public List<String> getScopes() { return scopes; }

    public void setScopes(List<String> scopes) { this.scopes = scopes; }

    public LocalDate getExpiresOn() { return expiresOn; }

    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
}
