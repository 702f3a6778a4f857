package id.sofifi.asn.platform.api;

import id.sofifi.asn.platform.web.Texts;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Builds every error answer of the API the same way: problem+json, in the caller's language. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response response(int status, String typeKey, String detail, List<Problem.FieldError> errors,
            Locale locale) {
        String title = Texts.text(locale, "problem." + typeKey);
        if (title.startsWith("problem.")) {
            title = Texts.text(locale, "problem.http");
        }
        Problem problem = new Problem("urn:asn-sofifi:problem:" + typeKey, title, status, detail,
                errors.isEmpty() ? null : errors);
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8").entity(problem);
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }

    public static Response response(int status, String typeKey, String detail, Locale locale) {
        return response(status, typeKey, detail, List.of(), locale);
    }

    /** The language of a request a filter answers, as {@link #locale(HttpHeaders)}. */
    public static Locale locale(ContainerRequestContext request) {
        return locale(request::getAcceptableLanguages);
    }

    /** The caller's preferred language among those we speak, Indonesian by default. */
    public static Locale locale(HttpHeaders headers) {
        return headers == null ? Texts.INDONESIAN : locale(headers::getAcceptableLanguages);
    }

    /**
     * The preferred language of a request's {@code Accept-Language}; one that cannot be read (garbage a client sent)
     * is Indonesian too, so that the refusal it leads to is still answered as problem+json.
     */
    public static Locale locale(Supplier<List<Locale>> acceptableLanguages) {
        try {
            List<Locale> acceptable = acceptableLanguages.get();
            return Texts.supported(acceptable.isEmpty() ? null : acceptable.get(0));
        } catch (RuntimeException unreadable) {
            return Texts.INDONESIAN;
        }
    }
}
