package fr.cress.relais.cli;

import fr.cress.relais.app.DemoScale;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.text.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code relais demo}: fills an empty store with the example programme 2007-2009; with {@code --scale large}
 * (or {@code xlarge}) adds the generated data of a large network, always the same for a given size.
 */
@Command(name = "demo", description = "Remplit un magasin vide avec le programme d'exemple 2007-2009 (code 3 s'il n'est pas vide) ;"
        + " --scale large ou xlarge y ajoute les données générées d'un grand réseau.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    private Cli cli;

    @Option(names = "--scale", paramLabel = "TAILLE", defaultValue = "example",
            description = "example (défaut), large (5 000 organisations, 50 000 contacts...) ou xlarge (trois fois plus).")
    private String scale;

    @Option(names = "--factor", paramLabel = "FACTEUR", hidden = true,
            description = "Facteur de taille des données générées (1 = large), à la place de --scale.")
    private Double factor;

    @Override
    public Integer call() {
        CliContext ctx = cli.context();
        double f = factor != null ? factor : scale();
        long start = System.nanoTime();
        ctx.relais().demoLoader().loadLarge(f, new Steps(ctx.err(), start));
        ctx.out().println(ctx.i18n().t("app.demo.loaded", ctx.relais().store().description()));
        if (f > 0) {
            // one large transaction leaves many dead pages: compacting takes the file from ~1.4 GB to ~60 MB (xlarge)
            ctx.relais().store().closeCompacted();
            ctx.out().println(ctx.i18n().t("app.demo.large.done",
                    Formats.number(BigDecimal.valueOf((System.nanoTime() - start) / 100_000_000 / 10.0))));
        }
        return ExitCodes.OK;
    }

    private double scale() {
        for (DemoScale s : DemoScale.values()) {
            if (s.key().equals(scale.strip().toLowerCase(Locale.ROOT))) {
                return s.factor();
            }
        }
        throw new BadInputException("app.demo.large.badScale", scale);
    }

    /** Prints each step on the error stream, with the time since the start. */
    private record Steps(PrintWriter err, long start) implements Progress {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public void message(String text) {
            err.printf(Locale.FRANCE, "[%5.1f s] %s%n", (System.nanoTime() - start) / 1e9, text);
            err.flush();
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
