package id.sofifi.asn.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The used heap of the system's WildFly JVM right after a full collection, read with the JDK's {@code jcmd} on this
 * machine ({@code GC.run}, then {@code GC.heap_info}): what is still reachable, so a leak shows as a rising line,
 * garbage not yet collected does not. The JVM is ASN_SERVER_PID, or else the one WildFly JVM here that runs without
 * a port offset (the run mode's; the system tests' servers all run with one). The WildFly management API would need
 * a management user, which the run mode does not create.
 */
final class ServerHeap {
    private static final Pattern OFFSET = Pattern.compile("-Djboss\\.socket\\.binding\\.port-offset=(\\d+)");
    /** Top-level heap lines are indented by one space (G1's "garbage-first heap", or the generations). */
    private static final Pattern USED = Pattern.compile("^ (?!Metaspace)\\S.*\\bused (\\d+)K", Pattern.MULTILINE);

    private final long pid;

    private ServerHeap(long pid) {
        this.pid = pid;
    }

    static ServerHeap of(Long pid) throws IOException {
        if (pid != null) {
            return new ServerHeap(pid);
        }
        List<Long> found = ProcessHandle.allProcesses().map(ProcessHandle::pid).filter(ServerHeap::isRunModeWildFly)
                .toList();
        if (found.size() != 1) {
            throw new IllegalStateException("found " + (found.isEmpty() ? "no" : found.size())
                    + " WildFly JVMs without a port offset " + found + ": set ASN_SERVER_PID to the system's");
        }
        return new ServerHeap(found.get(0));
    }

    long pid() {
        return pid;
    }

    /** Used heap in MiB after a full collection. */
    double usedAfterFullGcMib() throws IOException, InterruptedException {
        jcmd("GC.run");
        return usedMib(jcmd("GC.heap_info"));
    }

    /** The used heap in MiB that {@code GC.heap_info} shows: its top-level lines, whatever the collector. */
    static double usedMib(String heapInfo) {
        Matcher used = USED.matcher(heapInfo);
        long kib = 0;
        while (used.find()) {
            kib += Long.parseLong(used.group(1));
        }
        if (kib == 0) {
            throw new IllegalStateException("GC.heap_info showed no used heap: " + heapInfo);
        }
        return kib / 1024.0;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
        }
        return output;
    }

    private static boolean isRunModeWildFly(long pid) {
        String command;
        try {
            command = Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline")).replace('\0', ' ');
        } catch (IOException | RuntimeException gone) {
            return false; // ended meanwhile, or not ours to read
        }
        if (!command.contains("jboss-modules.jar") || !command.contains("-D[Standalone]")) {
            return false;
        }
        Matcher offset = OFFSET.matcher(command);
        return !offset.find() || Integer.parseInt(offset.group(1)) == 0;
    }
}
