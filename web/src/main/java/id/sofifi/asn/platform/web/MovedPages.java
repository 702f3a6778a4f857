package id.sofifi.asn.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * Public pages that moved keep answering at their old address with a permanent redirect, query included:
 * registration cards already printed carry the old address in their QR code, and links were shared.
 */
@WebServlet(urlPatterns = {"/verifikasi.xhtml", "/hasil-seleksi/verifikasi.xhtml"})
public class MovedPages extends HttpServlet {
    /**
     * Old path → new path. The registration card check and the chain check were both "verifikasi", the word
     * kept for administrative verification; PDFs and cards already printed carry the old addresses.
     */
    static final Map<String, String> MOVED = Map.of("/verifikasi.xhtml", "/cek-pendaftaran.xhtml",
            "/hasil-seleksi/verifikasi.xhtml", "/hasil-seleksi/cek-rantai.xhtml");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location",
                request.getContextPath() + MOVED.get(request.getServletPath()) + (query == null ? "" : "?" + query));
    }
}
