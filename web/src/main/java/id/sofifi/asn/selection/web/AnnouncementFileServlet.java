package id.sofifi.asn.selection.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.web.Requests;
import id.sofifi.asn.selection.application.AnnouncementService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalLong;
import javax.imageio.ImageIO;

/**
 * Files of a published announcement: the whole list as CSV or PDF, and the QR code (PNG) of one entry,
 * which opens that entry's public verification page. All of them are derived from frozen entries, so
 * they may be cached for a day.
 */
@WebServlet({AnnouncementFileServlet.CSV, AnnouncementFileServlet.PDF, AnnouncementFileServlet.QR})
public class AnnouncementFileServlet extends HttpServlet {
    static final String CSV = "/hasil-seleksi/unduh.csv";
    static final String PDF = "/hasil-seleksi/unduh.pdf";
    static final String QR = "/hasil-seleksi/qr.png";
    /** Pixels per QR module: about 200 px for a typical chain check address, sharp on phones. */
    private static final int SCALE = 4;

    private static final String CACHE = "public, max-age=86400";

    @EJB
    AnnouncementService announcements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong idParameter = Requests.number(request, "id");
        if (idParameter.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = idParameter.getAsLong();
        String base = Requests.base(request);
        try {
            switch (request.getServletPath()) {
                case CSV -> {
                    announcements.find(id);
                    response.setContentType("text/csv;charset=UTF-8");
                    response.setHeader("Content-Disposition", "attachment; filename=\"pengumuman-" + id + ".csv\"");
                    response.setHeader("Cache-Control", CACHE);
                    announcements.writeCsv(id, response.getOutputStream());
                }
                case PDF -> {
                    announcements.find(id);
                    response.setContentType("application/pdf");
                    response.setHeader("Content-Disposition", "attachment; filename=\"pengumuman-" + id + ".pdf\"");
                    response.setHeader("Cache-Control", CACHE);
                    announcements.writePdf(id, base + "/hasil-seleksi/cek-rantai.xhtml?id=" + id,
                            response.getOutputStream());
                }
                default -> qr(id, request.getParameter("no"), base, response);
            }
        } catch (NotFoundException e) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }

    private void qr(long id, String number, String base, HttpServletResponse response) throws IOException {
        if (number == null || number.isBlank()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String no = announcements.entry(id, number).registrationNumber();
        String url = base + "/hasil-seleksi/cek-rantai.xhtml?id=" + id + "&no="
                + java.net.URLEncoder.encode(no, java.nio.charset.StandardCharsets.UTF_8);
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        BufferedImage image = new BufferedImage(matrix.getWidth() * SCALE, matrix.getHeight() * SCALE,
                BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x / SCALE, y / SCALE) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        response.setContentType("image/png");
        response.setHeader("Cache-Control", CACHE);
        ImageIO.write(image, "png", response.getOutputStream());
    }
}
