package id.sofifi.asn.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.StringJoiner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImportedSkdScoreTest {
    @Test
    @DisplayName("§1.3 import audit: a row's text (hashed into each chunk's audit digest) is the record's own form")
    void textIsTheRecordForm() throws ReflectiveOperationException {
        ImportedSkdScore present = new ImportedSkdScore(2, "AB-1", Attendance.PRESENT, new SkdScore(100, 100, 170));
        ImportedSkdScore absent = new ImportedSkdScore(3, "AB-2", Attendance.ABSENT, null);

        assertEquals("ImportedSkdScore[line=2, registrationNumber=AB-1, attendance=PRESENT,"
                + " score=SkdScore[twk=100, tiu=100, tkp=170]]", present.toString());
        assertEquals(recordForm(present), present.toString());
        assertEquals(recordForm(absent), absent.toString());
    }

    /** What {@code Record.toString} specifies: the simple name, then each component as name=value, in order. */
    private static String recordForm(Record record) throws ReflectiveOperationException {
        StringJoiner form = new StringJoiner(", ", record.getClass().getSimpleName() + "[", "]");
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = component.getAccessor().invoke(record);
            form.add(component.getName() + "=" + (value instanceof Record nested ? recordForm(nested) : value));
        }
        return form.toString();
    }
}
