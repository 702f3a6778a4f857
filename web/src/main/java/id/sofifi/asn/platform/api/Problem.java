package id.sofifi.asn.platform.api;

import java.util.List;

/** An {@code application/problem+json} body; {@code errors} lists the invalid fields or rows. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** One invalid field (of a body) or row (of a CSV file), with the reason. */
    public record FieldError(String field, Integer row, String message) {
    }
}
