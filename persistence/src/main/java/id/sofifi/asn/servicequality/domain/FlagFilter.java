package id.sofifi.asn.servicequality.domain;

/**
 * What the BKD looks for among flagged responses: a service unit (null: all), a reason (null: both), and whether
 * excluded ones ({@code true}), counted ones ({@code false}) or all ({@code null}).
 */
public record FlagFilter(ServiceUnit unit, FlagReason reason, Boolean excluded) {
}
