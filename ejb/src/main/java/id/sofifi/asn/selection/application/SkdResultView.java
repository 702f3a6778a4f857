package id.sofifi.asn.selection.application;

import java.io.Serializable;
/** One SKD result as API-CONTRACT {@code skd-results} lists it; subtests are null for TH and DIS. */
public record SkdResultView(String registrationNumber, String formationCode, Integer twk, Integer tiu, Integer tkp,
        Integer rank, String code) implements Serializable {
    public Integer total() {
        return twk == null ? null : twk + tiu + tkp;
    }
}
