package id.sofifi.asn.platform.application;

import java.util.List;

/**
 * A contributor to the staff home page (beranda): what waits for the signed-in person in one context, and that
 * context's key figures. Each context declares a CDI bean implementing this and answers from its own tables, so the
 * home page knows no context and a new one appears by adding a bean (the same pull as the employee timeline).
 */
public interface StaffHomeSource {
    /** Work waiting for {@code caller}: only items for roles the caller holds; counts of zero may be left out. */
    List<HomeItem> waiting(StaffCaller caller);

    /** This context's key figures for the caller's remit (the province's, for BKD staff). */
    default List<HomeItem> figures(StaffCaller caller) {
        return List.of();
    }
}
