package id.sofifi.asn.jobs.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JobFailureTest {
    /** Stands for PSQLException: a driver's class the job repository's class loader does not see. */
    static final class DriverException extends SQLException {
        DriverException() {
            super("duplicate key value violates unique constraint \"employee_nip_uk\"", "23505");
        }
    }

    @Test
    @DisplayName("A writer's failure reaches JBeret as a plain exception: the whole chain's messages and SQL state, no"
            + " cause of a driver's class, and it reads back from its serialised form")
    void plainFailureKeepsTheMessagesAndNoDriverClass() throws Exception {
        IllegalStateException plain = JobFailure
                .plain(new RuntimeException("chunk of lines 201-400", new DriverException()));
        assertNull(plain.getCause());
        assertEquals("RuntimeException: chunk of lines 201-400; caused by DriverException [SQLState 23505]: duplicate"
                + " key value violates unique constraint \"employee_nip_uk\"", plain.getMessage());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(plain);
        }
        String serialised = bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(serialised.contains(DriverException.class.getName()), "no driver class in the stored form");
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(plain.getMessage(), ((IllegalStateException) in.readObject()).getMessage());
        }
    }
}
