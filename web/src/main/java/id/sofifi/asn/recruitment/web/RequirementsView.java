package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.application.DocumentRequirementService;
import id.sofifi.asn.recruitment.application.RequirementView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Syarat dokumen: the documents each period asks for, edited by administrators. */
@Named
@ViewScoped
public class RequirementsView extends PeriodScreen {
    private static final long serialVersionUID = 1L;

    @EJB
    DocumentRequirementService requirements;

    private List<RequirementView> list = List.of();
    private final Map<String, String> names = new HashMap<>();
    private String newCode;
    private String newName;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        list = periodCode == null ? List.of() : requirements.list(periodCode);
        names.clear();
        list.forEach(r -> names.put(r.code(), r.name()));
    }

    public void add() {
        if (UseCase.run(() -> requirements.add(periodCode, newCode, newName), "requirement.saved", newCode)) {
            newCode = null;
            newName = null;
            load();
        }
    }

    public void rename(String code) {
        UseCase.run(() -> requirements.rename(periodCode, code, names.get(code)), "requirement.saved", code);
        load();
    }

    public void remove(String code) {
        UseCase.run(() -> requirements.remove(periodCode, code), "requirement.deleted", code);
        load();
    }

    public List<RequirementView> getList() { return list; }

    public Map<String, String> getNames() { return names; }

    public String getNewCode() { return newCode; }

    public void setNewCode(String newCode) { this.newCode = newCode; }

    public String getNewName() { return newName; }

    public void setNewName(String newName) { this.newName = newName; }
}
