package fr.cress.relais.cli;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/** What a command needs: the store (opened on first use, closed at the end), texts and output streams. */
public final class CliContext implements AutoCloseable {

    private final StoreOptions options;
    private final Map<String, String> env;
    private final I18n i18n;
    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;
    private Relais relais;

    public CliContext(StoreOptions options, Map<String, String> env, I18n i18n, Clock clock,
                      PrintWriter out, PrintWriter err) {
        this.options = options;
        this.env = env;
        this.i18n = i18n;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    public DataLocations locations() {
        return DataLocations.resolve(options.dataDir(), options.demo(), env);
    }

    /** The open store with its features; opens it on first call. */
    public Relais relais() {
        if (relais == null) {
            relais = Relais.open(locations(), i18n, clock);
        }
        return relais;
    }

    public I18n i18n() {
        return i18n;
    }

    public Clock clock() {
        return clock;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    @Override
    public void close() {
        if (relais != null) {
            relais.close();
            relais = null;
        }
    }
}
