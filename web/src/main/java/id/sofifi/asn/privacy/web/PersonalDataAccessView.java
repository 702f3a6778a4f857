package id.sofifi.asn.privacy.web;

import id.sofifi.asn.platform.web.PagedLazyModel;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.privacy.application.PersonQuery;
import id.sofifi.asn.privacy.application.PersonalDataAccess;
import id.sofifi.asn.privacy.application.PersonalDataAccessService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Administrator screen "Akses data pribadi": a NIK, registration number or NIP, then every recorded read of that
 * person's data, paged, and the same list as CSV (§6, for a breach notice).
 */
@Named("personalDataAccessView")
@ViewScoped
public class PersonalDataAccessView implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What the entered key is: {@code nik}, {@code registrationNumber} or {@code nip}, also the CSV's parameter. */
    private String kind = "nik";
    private String key;
    private PersonQuery query;

    @EJB
    PersonalDataAccessService access;

    /**
     * Empty until a key was accepted: PrimeFaces visits the table on every postback of the form, before a search has
     * succeeded and while it is not rendered.
     */
    private final PagedLazyModel<PersonalDataAccess> table = new PagedLazyModel<>((filters, request) -> query == null
            ? new Page<>(List.of(), request.page(), request.size(), 0)
            : access.reads(query, request));

    /** Checks the key by asking for its first page; a bad NIK or an unknown number is a message on the field. */
    public void search() {
        PersonQuery asked = query(kind, key);
        if (UseCase.run(() -> access.reads(asked, PageRequest.of(0, 1)), "personalData.found")) {
            query = asked;
        }
    }

    static PersonQuery query(String kind, String key) {
        return switch (kind) {
            case "registrationNumber" -> new PersonQuery(null, key, null);
            case "nip" -> new PersonQuery(null, null, key);
            default -> new PersonQuery(key, null, null);
        };
    }

    /** The CSV download's address, relative to the context root. */
    public String getCsvUrl() {
        return "/staff/admin/personal-data-access.csv?" + kind + "=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    public boolean isSearched() { return query != null; }

    public PagedLazyModel<PersonalDataAccess> getTable() { return table; }

    public String getKind() { return kind; }

    public void setKind(String kind) { this.kind = kind; }

    public String getKey() { return key; }

    public void setKey(String key) { this.key = key; }
}
