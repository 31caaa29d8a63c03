package fr.cress.relais.bench;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Relais benchmarks, run by {@code xvfb-run -a mvn -B -Pbench verify} (not by the default test command).
 * Each figure is printed with the baseline measured in the same run and their ratio; docs/PERFORMANCE.md
 * records the numbers.
 */
public final class Benchmarks {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "Relais benchmarks: %d runs, %d cores, Java %s%n", RUNS,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        startup();
    }

    /** Cold start to a usable main window (store open, section shown) vs a bare JavaFX window. */
    static void startup() throws Exception {
        Path dataDir = Files.createTempDirectory("relais-bench-");
        try (Relais relais = Relais.open(new DataLocations(dataDir, false), I18n.french(), Clock.systemDefaultZone())) {
            relais.demoLoader().load();
        }
        // One warm-up of each, so that both read the class files from the OS cache.
        child(BareWindow.Launcher.class.getName(), List.of());
        child("fr.cress.relais.app.Launcher", List.of("--data-dir", dataDir.toString()));
        long[] bare = new long[RUNS];
        long[] firstFrame = new long[RUNS];
        long[] usable = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            bare[i] = child(BareWindow.Launcher.class.getName(), List.of()).get("STARTUP_MS");
            Map<String, Long> relais = child("fr.cress.relais.app.Launcher", List.of("--data-dir", dataDir.toString()));
            firstFrame[i] = relais.get("FIRST_FRAME_MS");
            usable[i] = relais.get("STARTUP_MS");
        }
        report("cold start to first frame (ms, median)", median(firstFrame), median(bare));
        report("cold start to usable window, store open (ms, median)", median(usable), median(bare));
    }

    static void report(String what, double value, double baseline) {
        System.out.printf(Locale.ROOT, "%-55s %10.1f  baseline %10.1f  ratio %5.2f%n", what, value, baseline,
                value / baseline);
    }

    /** Runs a child JVM and returns the {@code NAME=millis} lines it printed. */
    private static Map<String, Long> child(String mainClass, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dprism.order=sw", "-Drelais.startupProbe=true",
                "-Drelais.log.dir=" + System.getProperty("java.io.tmpdir") + "/relais-bench-logs",
                mainClass));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Map<String, Long> times = new HashMap<>();
        output.lines().filter(l -> l.matches("[A-Z_]+_MS=\\d+"))
                .forEach(l -> times.put(l.substring(0, l.indexOf('=')), Long.parseLong(l.substring(l.indexOf('=') + 1))));
        if (!times.containsKey("STARTUP_MS")) {
            throw new IllegalStateException("no start-up time in:\n" + output);
        }
        return times;
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
