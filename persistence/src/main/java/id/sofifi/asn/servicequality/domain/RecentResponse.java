package id.sofifi.asn.servicequality.domain;

import java.time.Instant;
import java.util.List;

/** An earlier response of the same source, as the burst check needs it: when it came and its nine answers. */
public record RecentResponse(long id, Instant submittedAt, List<Integer> answers) {
}
