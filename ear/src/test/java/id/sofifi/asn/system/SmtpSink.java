package id.sofifi.asn.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * A real SMTP server, just enough of RFC 5321 for the server's mail session to deliver to it: the
 * system tests run WildFly with {@code ASN_MAIL_ENABLED=true} against it and read what arrived.
 */
public final class SmtpSink implements AutoCloseable {
    public static final int PORT = Integer.getInteger("asn.test.smtp.port", 12525);
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private final ServerSocket server;

    private SmtpSink() throws IOException {
        this(PORT);
    }

    /** A sink of a test's own on {@code port}, beside the suite's; what it receives joins {@link #received()}. */
    public SmtpSink(int port) throws IOException {
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::serve, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Every message received so far, headers and body as sent. */
    public static List<String> received() {
        return List.copyOf(RECEIVED);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept();
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8)) {
                converse(in, out);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static void converse(BufferedReader in, PrintWriter out) throws IOException {
        reply(out, "220 sink ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
            switch (command) {
                case "EHLO", "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                case "DATA" -> {
                    reply(out, "354 end with .");
                    StringBuilder message = new StringBuilder();
                    for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                        message.append(data.startsWith("..") ? data.substring(1) : data).append('\n');
                    }
                    RECEIVED.add(message.toString());
                    reply(out, "250 queued");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "502 not implemented");
            }
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** Runs the sink for the whole test suite, before the server starts and after it stops. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(Lifecycle.class);
        }
    }

    /** Arquillian observer of the suite's start and end. */
    public static class Lifecycle {
        private SmtpSink sink;

        public void start(@Observes(precedence = 900) BeforeSuite event) throws IOException {
            sink = new SmtpSink();
        }

        public void stop(@Observes(precedence = -900) AfterSuite event) throws IOException {
            if (sink != null) {
                sink.close();
            }
        }
    }
}
