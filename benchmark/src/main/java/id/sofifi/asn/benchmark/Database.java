package id.sofifi.asn.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The system's database over JDBC, for what the registration run cannot read over HTTP without staff rights: the
 * mailed confirmation links (the run mode queues mail in {@code outbox_message} and sends none) and, afterwards, what
 * was stored. A few connections shared by all applicants, so hundreds of them never exhaust PostgreSQL's connection
 * limit the server needs too.
 */
final class Database implements AutoCloseable {
    private static final int CONNECTIONS = 4;

    /** Work done on a borrowed connection. */
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(CONNECTIONS);

    Database(String url, String user, String password) throws SQLException {
        for (int i = 0; i < CONNECTIONS; i++) {
            idle.add(DriverManager.getConnection(url, user, password));
        }
    }

    <T> T with(Work<T> work) throws SQLException, InterruptedException {
        Connection connection = idle.take();
        try {
            return work.on(connection);
        } finally {
            idle.add(connection);
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : idle) {
            connection.close();
        }
    }
}
