package fr.cress.relais.cli;

import fr.cress.relais.app.AppInfo;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.error.ErrorMessages;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.db.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The {@code relais} command: with no subcommand it opens the window; subcommands work on the same store
 * through the same services, without a window.
 */
@Command(name = "relais", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        sortOptions = false,
        description = "Relais : coordination du réseau de partenaires de la CRESS.",
        subcommands = {DemoCommand.class, StatsCommand.class, ImportCommand.class, ExportCommand.class,
                ServicesCommand.class, GapsCommand.class, SuggestCommand.class,
                BackupCommand.class, RestoreCommand.class, CheckCommand.class, MigrateStoreCommand.class})
public final class Cli implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    private final Consumer<StoreOptions> openWindow;
    private final Map<String, String> env;
    private final I18n i18n;
    private final Clock clock;
    private PrintWriter out;
    private PrintWriter err;
    private CliContext context;

    public Cli(Consumer<StoreOptions> openWindow, Map<String, String> env, I18n i18n, Clock clock) {
        this.openWindow = openWindow;
        this.env = env;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args, Consumer<StoreOptions> openWindow, Map<String, String> env,
                          PrintStream stdout, PrintStream stderr) {
        I18n i18n = I18n.fromSettings();
        Cli cli = new Cli(openWindow, env, i18n, Clock.systemDefaultZone());
        CommandLine commandLine = new CommandLine(cli);
        cli.out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        cli.err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        commandLine.setOut(cli.out);
        commandLine.setErr(cli.err);
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> cli.handle(ex));
        try {
            return commandLine.execute(args);
        } finally {
            if (cli.context != null) {
                cli.context.close();
            }
            cli.out.flush();
            cli.err.flush();
        }
    }

    /** The context of the running command (store opened on demand). */
    public CliContext context() {
        if (context == null) {
            context = new CliContext(storeOptions, env, i18n, clock, out, err);
        }
        return context;
    }

    @Override
    public Integer call() {
        openWindow.accept(storeOptions);
        return ExitCodes.OK;
    }

    private int handle(Exception ex) {
        Throwable cause = ErrorMessages.unwrap(ex);
        String message = new ErrorMessages(i18n).describe(cause);
        err.println(message);
        if (cause instanceof BadInputException bad) {
            bad.details().forEach(d -> err.println("  - " + d));
            return ExitCodes.BAD_INPUT;
        }
        if (cause instanceof StoreUnavailableException) {
            LOG.warn("Store unavailable", cause);
            return ExitCodes.STORE_UNAVAILABLE;
        }
        LOG.error("Command failed", ex);
        return ExitCodes.UNEXPECTED;
    }

    /** {@code relais --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"Relais " + AppInfo.version()};
        }
    }
}
