package id.sofifi.asn.platform.application;

import java.util.List;

/** The staff home page: work waiting for the caller, then the key figures. */
public record StaffHomeView(List<HomeItem> waiting, List<HomeItem> figures) {
}
