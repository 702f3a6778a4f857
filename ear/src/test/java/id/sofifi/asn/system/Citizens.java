package id.sofifi.asn.system;

import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.regex.Pattern;

/** Citizens (role CITIZEN) as the forum's sign-up makes them: an address, the mailed link, a password, a sign-in. */
public final class Citizens {
    /** The password every test citizen chooses. */
    public static final String PASSWORD = "Sandi-Warga-2026";

    private static final Pattern LINK = Pattern.compile("/forum/daftar\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    private Citizens() {
    }

    /** Signs a new citizen up, confirms the address with the mailed link (read from the outbox) and signs them in. */
    public static FormLogin signedUp(String name) throws Exception {
        String email = SystemTest.unique(name).toLowerCase(Locale.ROOT) + "@warga.example";
        assertEquals(202, send("POST", "/api/v1/citizens", null,
                "{\"email\":\"" + email + "\",\"fullName\":\"Warga " + name + "\"}").statusCode());
        String token = Outbox.newestLink(email, LINK);
        assertEquals(204, send("POST", "/api/v1/citizens/confirmation", null, "{\"token\":\"" + token
                + "\",\"password\":\"" + PASSWORD + "\",\"passwordRepeat\":\"" + PASSWORD + "\"}").statusCode());
        return FormLogin.signIn(email, PASSWORD, "/forum/index.xhtml");
    }
}
