package fr.cress.relais.app;

import fr.cress.relais.cli.Cli;
import fr.cress.relais.cli.ExitCodes;
import fr.cress.relais.common.error.ErrorMessages;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the binary. Not an {@code Application}, so that JavaFX starts from the class path.
 * With no command it opens the window; otherwise it runs the command and exits with its code.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        boolean window = WindowArgs.plain(args);
        prepareLogging(args, window);
        StartupTrace.mark("logging ready");
        if (window) {
            // The usual start (no command, only the options of the store): the window opens without the command
            // line parser, whose classes cannot be kept in the class-data archive.
            System.exit(openWindow(args));
        }
        int code = Cli.run(args, options -> RelaisApp.launchWindow(windowArgs(options)),
                System.getenv(), System.out, System.err);
        System.exit(code);
    }

    /** The window without the command line parser; a failure is told as the parser would tell it. */
    private static int openWindow(String[] args) {
        try {
            RelaisApp.launchWindow(args);
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            // no logger field in this class: logging must not start before its folder is known
            org.slf4j.LoggerFactory.getLogger(Launcher.class).error("Window failed", e);
            System.err.println(new ErrorMessages(I18n.fromSettings()).describe(ErrorMessages.unwrap(e)));
            return ExitCodes.UNEXPECTED;
        }
    }

    private static String[] windowArgs(fr.cress.relais.cli.StoreOptions options) {
        List<String> args = new ArrayList<>();
        if (options.dataDir() != null) {
            args.add("--data-dir");
            args.add(options.dataDir().toString());
        }
        if (options.demo()) {
            args.add("--demo");
        }
        if (options.store() != null) {
            args.add("--store=" + options.store());
        }
        if (options.user() != null) {
            args.add("--user=" + options.user());
        }
        return args.toArray(String[]::new);
    }

    /**
     * The log goes to the data folder; logback reads {@code relais.log.dir} when first used
     * ({@link LogConfiguration}). For the window, it is set up on a spare core while the toolkit starts: loggers
     * asked for meanwhile are SLF4J's stand-ins, whose events are replayed to the real ones once logging is
     * ready (SLF4J's notice of that replay is kept off the console). A command initialises it on this thread.
     */
    private static void prepareLogging(String[] args, boolean inBackground) {
        if (System.getProperty("relais.log.dir") == null) {
            Path dataDir = null;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--data-dir") && i + 1 < args.length) {
                    dataDir = Path.of(args[i + 1]);
                } else if (args[i].startsWith("--data-dir=")) {
                    dataDir = Path.of(args[i].substring("--data-dir=".length()));
                }
            }
            DataLocations locations = DataLocations.resolve(dataDir, false, System.getenv());
            System.setProperty("relais.log.dir", locations.logsDir().toString());
            System.setProperty("org.jooq.no-logo", "true");
            System.setProperty("org.jooq.no-tips", "true");
        }
        if (!inBackground) {
            org.slf4j.LoggerFactory.getILoggerFactory();
            return;
        }
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        Thread logging = new Thread(() -> {
            org.slf4j.LoggerFactory.getILoggerFactory();
            StartupTrace.mark("logging configured");
        }, "relais-logging");
        logging.setDaemon(true);
        logging.start();
    }
}
