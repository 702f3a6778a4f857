package id.sofifi.asn.selection.domain;

/** A formation opens at least one seat (FormationDetails checks the same when it is created). */
final class Seats {
    private Seats() {
    }

    static int atLeastOne(int quota) {
        if (quota < 1) {
            throw new IllegalArgumentException("A formation has at least one seat: " + quota);
        }
        return quota;
    }
}
