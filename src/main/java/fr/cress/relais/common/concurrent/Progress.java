package fr.cress.relais.common.concurrent;

/** What long work reports while it runs, and how it learns that the user cancelled it. */
public interface Progress {

    /** Work done out of total (total &lt;= 0 means unknown). */
    void update(long done, long total);

    /** A short, already translated line describing the current step. */
    void message(String text);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the user asked to stop: call it between steps. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
