package id.sofifi.asn.oversight.domain;

/** A forum topic's state: open for posts, answered officially by the unit, or closed. */
public enum TopicStatus {
    OPEN, ANSWERED, CLOSED
}
