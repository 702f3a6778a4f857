package id.sofifi.asn.servicequality.api;

import java.util.List;

/** A batch of receipt codes: asked with {@code count}, answered with the {@code codes} to print. */
public record ReceiptCodesJson(Integer count, List<String> codes) {
}
