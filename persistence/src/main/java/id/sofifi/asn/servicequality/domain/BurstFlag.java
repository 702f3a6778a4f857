package id.sofifi.asn.servicequality.domain;

import java.util.List;

/**
 * A burst found by {@link BurstRule}: the reason, how many responses of the source it spans (this one included),
 * the window it was counted in, and the earlier responses of the burst, which are flagged with it.
 */
public record BurstFlag(FlagReason reason, int count, int windowMinutes, List<Long> earlier) {
    public BurstFlag {
        earlier = List.copyOf(earlier);
    }
}
