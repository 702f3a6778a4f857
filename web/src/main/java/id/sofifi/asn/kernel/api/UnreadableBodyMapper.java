package id.sofifi.asn.kernel.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or whose values have the wrong type, is the client's mistake: 400. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
        return Problems.response(400, "bad-request",
                "Request body could not be read: " + WebApplicationExceptionMapper.rootMessage(e), Problems.locale(headers));
    }
}
