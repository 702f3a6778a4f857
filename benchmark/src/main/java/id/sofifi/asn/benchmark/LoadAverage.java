package id.sofifi.asn.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine's load average over 1, 5 and 15 minutes: the figures of a shared 2-core machine mean little without it. */
final class LoadAverage {
    private LoadAverage() {
    }

    /** "2.95 3.22 3.24", as /proc/loadavg has it. */
    static String now() throws IOException {
        return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }
}
