package id.sofifi.asn.platform.api;

import id.sofifi.asn.jobs.csv.UnreadableLine;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.platform.web.Texts;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * A rule's refusal: 400 with the invalid fields (and the row, for a line of an uploaded file), 404 unknown, 409
 * conflict, 422 any other rule.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        Locale locale = Problems.locale(headers);
        if (e instanceof ValidationFailure failure) {
            Integer row = e instanceof UnreadableLine line ? Math.toIntExact(line.line()) : null;
            List<Problem.FieldError> errors = failure.violations().stream()
                    .map(v -> new Problem.FieldError(v.field(), row, Texts.of(locale, v))).toList();
            return Problems.response(400, "validation", Texts.of(locale, e), errors, locale);
        }
        if (e instanceof NotFoundException) {
            return Problems.response(404, "not-found", Texts.of(locale, e), locale);
        }
        if (e instanceof ConflictException) {
            return Problems.response(409, "conflict", Texts.of(locale, e), locale);
        }
        return Problems.response(422, "rule", Texts.of(locale, e), locale);
    }
}
