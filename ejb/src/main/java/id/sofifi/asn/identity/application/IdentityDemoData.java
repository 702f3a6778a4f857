package id.sofifi.asn.identity.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.AccountRepository;
import id.sofifi.asn.identity.domain.ApiClient;
import id.sofifi.asn.identity.domain.ApiClientRepository;
import id.sofifi.asn.identity.domain.ApiScope;
import id.sofifi.asn.identity.domain.ApiToken;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.identity.domain.UserAccount;
import id.sofifi.asn.platform.application.DemoDataRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Identity's part of the demo installation README.md documents: the staff accounts, the API tokens and BKN as an
 * agency client with every scope.
 * The passwords of a real installation are set by its administrators.
 */
@ApplicationScoped
public class IdentityDemoData {
    static final String ADMIN_TOKEN = "demo-admin-token-asn-sofifi";

    static final String AGENCY_TOKEN = "demo-agency-token-bkn";
    /** The second account an announcement needs before it is published (API-CONTRACT announcements/approval). */
    static final String SUPERVISOR_TOKEN = "demo-supervisor-token-asn-sofifi";

    @Inject
    AccountRepository accounts;

    @Inject
    ApiClientRepository clients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Seeds only an installation without accounts, so a restart never seeds twice. */
    void seed(@Observes DemoDataRequested request) {
        if (accounts.countAccounts() > 0) {
            return;
        }
        account("admin", "Administrator BKD", "admin123", EnumSet.of(Role.ADMIN, Role.OPERATOR));
        account("verifikator", "Verifikator Dokumen", "verif123", EnumSet.of(Role.VERIFIER));
        account("supervisor", "Kepala Bidang Pengadaan", "super123", EnumSet.of(Role.SUPERVISOR));
        account("operator", "Operator Seleksi", "oper123", EnumSet.of(Role.OPERATOR));
        accounts.add(new ApiToken("admin", ADMIN_TOKEN, EnumSet.of(Role.ADMIN), clock.instant()));
        ApiClient bkn = ApiClient.of(
                new ApiClient.Description("Badan Kepegawaian Negara", "Kantor Regional XI BKN", "integrasi@bkn.example",
                        Arrays.stream(ApiScope.values()).map(ApiScope::name).toList(), "2099-12-31"),
                "system", clock.instant());
        clients.add(bkn);
        clients.add(ApiToken.forClient(bkn, AGENCY_TOKEN, clock.instant()));
        accounts.add(new ApiToken("supervisor", SUPERVISOR_TOKEN, EnumSet.of(Role.SUPERVISOR), clock.instant()));
        audit.recordAs("system", "demo.seeded", "Installation", "identity", null, null,
                "Data demo identitas: 4 akun (admin, verifikator, supervisor, operator), 3 token API (BKN sebagai klien API dengan semua cakupan)");
    }

    private void account(String username, String fullName, String password, Set<Role> roles) {
        accounts.add(new UserAccount(username, fullName, password.toCharArray(), roles));
    }
}
