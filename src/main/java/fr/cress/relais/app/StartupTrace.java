package fr.cress.relais.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Milestones of a start, printed to the error stream with {@code -Drelais.startupTrace=true} (milliseconds since
 * the JVM started, the thread and the processor time it used so far): where the time to a usable window goes. Silent otherwise.
 */
final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("relais.startupTrace");

    private StartupTrace() {
    }

    static void mark(String milestone) {
        if (ON) {
            System.err.println("STARTUP_TRACE " + sinceJvmStart() + " ms " + milestone
                    + " [" + Thread.currentThread().getName() + ", cpu " + threadCpuMillis() + " ms, process cpu "
                    + processCpuMillis() + " ms]");
        }
    }

    /**
     * Processor time of every thread of the process so far, the longest first (Linux only: read from
     * {@code /proc/self/task}, in hundredths of a second; the compilers and the collector are threads there too).
     * Threads that ended before (the store's opening, logging) are in their own milestones.
     */
    static void threads() {
        if (!ON) {
            return;
        }
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return;
        }
        Map<String, Long> byName = new TreeMap<>();
        try (var dirs = Files.list(tasks)) {
            for (Path dir : dirs.toList()) {
                String stat = Files.readString(dir.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+$", "#");
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // user + system, 1/100 s
                byName.merge(name, ticks * 10, Long::sum);
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        StringBuilder line = new StringBuilder("STARTUP_THREADS");
        byName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() > 0)
                .forEach(e -> line.append(' ').append(e.getKey().replace(' ', '_')).append('=').append(e.getValue()));
        System.err.println(line);
    }

    /** Processor time of the calling thread so far: what a milestone cost, whatever the machine's load. */
    private static long threadCpuMillis() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
    }

    /** Processor time of the whole process so far (every thread, the compilers and the collector included). */
    private static long processCpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    /** Milliseconds since the JVM started. */
    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
