package fr.cress.relais.app;

import java.lang.management.ManagementFactory;

/**
 * Milestones of a start, printed to the error stream with {@code -Drelais.startupTrace=true} (milliseconds since
 * the JVM started, and the thread): where the time to a usable window goes. Silent otherwise.
 */
final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("relais.startupTrace");

    private StartupTrace() {
    }

    static void mark(String milestone) {
        if (ON) {
            System.err.println("STARTUP_TRACE " + sinceJvmStart() + " ms " + milestone
                    + " [" + Thread.currentThread().getName() + "]");
        }
    }

    /** Milliseconds since the JVM started. */
    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
