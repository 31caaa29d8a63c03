package fr.cress.relais.common.concurrent;

/** Thrown inside background work when the user cancelled it; the work's transaction rolls back. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
