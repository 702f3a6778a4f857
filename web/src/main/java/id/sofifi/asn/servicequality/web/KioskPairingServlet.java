package id.sofifi.asn.servicequality.web;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.platform.web.Texts;
import id.sofifi.asn.servicequality.application.KioskClaim;
import id.sofifi.asn.servicequality.application.KioskService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The pairing link a kiosk tablet opens ({@code /kios?kode=…}): claims the pairing, keeps the device token as a
 * cookie and shows the unit's survey page. A used, expired or revoked code answers 409 with the reason in plain
 * text, so staff see at the counter why the tablet is not paired.
 */
@WebServlet("/kios")
public class KioskPairingServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    KioskService kiosks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            KioskClaim claim = kiosks.claim(request.getParameter("kode"));
            response.addCookie(KioskCookie.of(request, claim.deviceToken()));
            response.setHeader("Cache-Control", "no-store");
            response.sendRedirect(request.getContextPath() + "/survei.xhtml?unit="
                    + URLEncoder.encode(claim.serviceUnitCode(), StandardCharsets.UTF_8));
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(Texts.of(Locale.forLanguageTag("id"), e));
        }
    }
}
