package fr.cress.relais.bench;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.partners.ui.ContactFilterBenchmark;
import javafx.application.Platform;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The filter-as-you-type figure alone, as {@link Benchmarks} measures it: {@code FilterProbe <store> [rounds]}.
 * Prints the keystroke and the bare loop, median and p95.
 */
public final class FilterProbe {

    private FilterProbe() {
    }

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        Platform.setImplicitExit(false);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (Relais relais = Relais.open(new DataLocations(Path.of(args[0]), false), I18n.french(),
                Clock.systemDefaultZone())) {
            ContactFilterBenchmark.Result r = ContactFilterBenchmark.measure(relais.partners(), relais.core().i18n(),
                    LocalDate.now(), rounds);
            Sample keys = Sample.of(r.keystrokes());
            Sample bare = Sample.of(r.bareLoop());
            System.out.printf(Locale.ROOT, "FILTER rows=%d keystroke p50=%.1f p95=%.1f | bare loop p50=%.1f p95=%.1f (n=%d)%n",
                    r.rows(), keys.p50(), keys.p95(), bare.p50(), bare.p95(), keys.runs());
            if (Boolean.getBoolean("bench.filter.describe")) {
                Sample cpu = Sample.of(r.keystrokesCpu());
                System.out.printf(Locale.ROOT, "FILTER_CPU keystroke, JavaFX thread's CPU time p50=%.1f p95=%.1f%n",
                        cpu.p50(), cpu.p95());
                int n = ContactFilterBenchmark.TYPING.length;
                for (int i = 0; i < n; i++) {
                    StringBuilder times = new StringBuilder();
                    for (int k = i; k < r.keystrokes().size(); k += n) {
                        times.append(String.format(Locale.ROOT, " %.1f", r.keystrokes().get(k)));
                    }
                    times.append(" | before layout");
                    for (int k = i; k < r.filtering().size(); k += n) {
                        times.append(String.format(Locale.ROOT, " %.1f", r.filtering().get(k)));
                    }
                    times.append(" | rows styled again");
                    for (int k = i; k < r.restyled().size(); k += n) {
                        times.append(" ").append(r.restyled().get(k));
                    }
                    times.append(" | CPU");
                    for (int k = i; k < r.keystrokesCpu().size(); k += n) {
                        times.append(String.format(Locale.ROOT, " %.1f", r.keystrokesCpu().get(k)));
                    }
                    System.out.printf(Locale.ROOT, "  «%s» (%d rows)%s%n", ContactFilterBenchmark.TYPING[i],
                            r.shown().get(i), times);
                }
            }
        }
        Platform.exit();
        System.exit(0);
    }
}
