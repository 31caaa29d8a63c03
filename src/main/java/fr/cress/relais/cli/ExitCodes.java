package fr.cress.relais.cli;

/** Exit codes of the command line, as documented in README.md. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int STORE_UNAVAILABLE = 4;
    /** {@code relais check} found the store damaged, unreadable, half migrated or written by a newer Relais. */
    public static final int CHECK_FAILED = 5;

    private ExitCodes() {
    }
}
