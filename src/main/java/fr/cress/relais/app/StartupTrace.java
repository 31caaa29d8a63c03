package fr.cress.relais.app;

import java.lang.management.ManagementFactory;

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
                    + " [" + Thread.currentThread().getName() + ", cpu " + threadCpuMillis() + " ms]");
        }
    }

    /** Processor time of the calling thread so far: what a milestone cost, whatever the machine's load. */
    private static long threadCpuMillis() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
    }

    /** Milliseconds since the JVM started. */
    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
