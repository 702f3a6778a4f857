package id.sofifi.asn.oversight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.recruitment.domain.WorkUnit;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DashboardRowsTest {
    private static final WorkUnit HEALTH = new WorkUnit("DINKES", "Dinas Kesehatan");
    private static final WorkUnit SERVICES = new WorkUnit("DINKES-YANKES", "Bidang Pelayanan Kesehatan", HEALTH);
    private static final WorkUnit CLINIC = new WorkUnit("DINKES-UPT-LAB", "UPT Laboratorium", SERVICES);
    private static final WorkUnit EDUCATION = new WorkUnit("DIKBUD", "Dinas Pendidikan");
    private static final List<WorkUnit> TREE = WorkUnit.inTreeOrder(List.of(HEALTH, SERVICES, CLINIC, EDUCATION));

    @Test
    @DisplayName("Issue 12 dashboard: for the province each OPD is a row counting its whole branch")
    void province() {
        DashboardRows rows = new DashboardRows(TREE, null);
        assertEquals(List.of(HEALTH, EDUCATION), rows.rows(), "by name, as the organisation chart");
        assertEquals(HEALTH, rows.rowOf("DINKES-UPT-LAB").orElseThrow());
        assertEquals(HEALTH, rows.rowOf("DINKES").orElseThrow());
        assertEquals(EDUCATION, rows.rowOf("DIKBUD").orElseThrow());
    }

    @Test
    @DisplayName("Issue 12 dashboard: for an OPD its bidang are the rows; its own cases count in its total only")
    void opd() {
        DashboardRows rows = new DashboardRows(TREE, HEALTH);
        assertEquals(List.of(SERVICES), rows.rows());
        assertEquals(SERVICES, rows.rowOf("DINKES-UPT-LAB").orElseThrow());
        assertTrue(rows.rowOf("DINKES").isEmpty());
        assertTrue(rows.rowOf("DIKBUD").isEmpty());
    }
}
