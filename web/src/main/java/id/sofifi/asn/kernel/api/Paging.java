package id.sofifi.asn.kernel.api;

import id.sofifi.asn.kernel.PageRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The {@code ?page=0&size=50} parameters of every paged list (size at most 500). */
public class Paging {
    @QueryParam("page")
    @DefaultValue("0")
    int page;
    @QueryParam("size")
    @DefaultValue("50")
    int size;

    public PageRequest request() {
        return PageRequest.of(page, size);
    }
}
