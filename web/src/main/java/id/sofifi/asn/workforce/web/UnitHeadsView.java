package id.sofifi.asn.workforce.web;

import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.workforce.application.EmployeeService;
import id.sofifi.asn.workforce.application.UnitHeadService;
import id.sofifi.asn.workforce.application.UnitHeadView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Kepala unit kerja on the staff screen Unit kerja: the head of each unit in its row, and a dialog in which an
 * administrator chooses an employee by NIP or name to head the unit, or leaves it without a head (both confirmed).
 * Workforce's part of recruitment's screen, so recruitment's view need not know who heads what.
 */
@Named
@ViewScoped
public class UnitHeadsView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Suggestions shown while typing a NIP or name. */
    private static final int SUGGESTIONS = 10;
    private static final String BETWEEN = " — ";

    @EJB
    UnitHeadService heads;

    @EJB
    EmployeeService employees;

    private Map<String, UnitHeadView> byUnit;
    private String unitCode;
    private String unitName;
    private String choice;

    /** The head of the unit, or null: for the table's column, all heads read once per view. */
    public UnitHeadView headOf(String code) {
        if (byUnit == null) {
            byUnit = heads.all();
        }
        return byUnit.get(code);
    }

    /** Opens the dialog for a unit, its present head chosen. */
    public void start(String code, String name) {
        unitCode = code;
        unitName = name;
        UnitHeadView present = headOf(code);
        choice = present == null ? null : present.nip() + BETWEEN + present.name();
    }

    /** Employees whose NIP or name contains the text, as {@code NIP — name}. */
    public List<String> suggest(String text) {
        return employees.search(null, null, text, PageRequest.of(0, SUGGESTIONS)).items().stream()
                .map(e -> e.nip() + BETWEEN + e.name()).toList();
    }

    public void appoint() {
        // the NIP is what the administrator typed, or the part of a suggestion before its name
        String nip = choice == null ? null : choice.split(BETWEEN, 2)[0];
        if (UseCase.run(() -> heads.appoint(unitCode, nip), "unitHead.saved", unitCode)) {
            byUnit = null;
        }
    }

    public void remove() {
        if (UseCase.run(() -> heads.remove(unitCode), "unitHead.removed", unitCode)) {
            byUnit = null;
            choice = null;
        }
    }

    public String getUnitCode() { return unitCode; }

    public String getUnitName() { return unitName; }

    public String getChoice() { return choice; }

    public void setChoice(String choice) { this.choice = choice; }
}
