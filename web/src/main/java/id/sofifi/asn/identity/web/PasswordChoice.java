package id.sofifi.asn.identity.web;

import id.sofifi.asn.identity.application.PasswordLinks;
import id.sofifi.asn.platform.web.Requests;
import id.sofifi.asn.platform.web.UseCase;
import jakarta.ejb.EJB;

/**
 * The half of a mailed password link's page where the person, arriving with the link's token, chooses the password
 * (typed twice): employees' first password and citizens' confirmation of their e-mail.
 */
public abstract class PasswordChoice {
    @EJB
    PasswordLinks links;

    private String token;
    private String password;
    private String passwordRepeat;
    private boolean done;

    /** Uses the link; on success the page says {@code successKey}. Never keeps the typed password. */
    protected void choose(String successKey) {
        done = UseCase.run(() -> links.redeem(token, Requests.chars(password), Requests.chars(passwordRepeat)),
                successKey);
        password = null;
        passwordRepeat = null;
    }

    protected void done(boolean done) {
        this.done = done;
    }

    public boolean isDone() { return done; }

    public String getToken() { return token; }

    public void setToken(String token) { this.token = token; }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password; }

    public String getPasswordRepeat() { return passwordRepeat; }

    public void setPasswordRepeat(String passwordRepeat) { this.passwordRepeat = passwordRepeat; }
}
