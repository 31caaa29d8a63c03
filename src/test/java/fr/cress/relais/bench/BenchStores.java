package fr.cress.relais.bench;

import fr.cress.relais.app.DemoScale;
import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The stores the benchmark runs on, generated once under {@code target/bench/stores/<size>} by the same code as
 * {@code relais demo --scale <size>} and kept between runs ({@code -Dbench.fresh=true} regenerates them).
 */
final class BenchStores {

    private final Path root;
    private final boolean fresh;

    BenchStores(Path root, boolean fresh) {
        this.root = root;
        this.fresh = fresh;
    }

    /** The store of a size ({@code demo}, {@code large}, {@code xlarge}); generation time when made now. */
    Path get(String size, Report report) throws IOException {
        Path dir = root.resolve(size);
        Path done = dir.resolve("generated.txt");
        if (Files.exists(done) && !fresh) {
            return dir;
        }
        delete(dir);
        Files.createDirectories(dir);
        double factor = "demo".equals(size) ? 0 : DemoScale.valueOf(size.toUpperCase(Locale.ROOT)).factor();
        long start = System.nanoTime();
        Map<String, Long> counts;
        try (Relais relais = Relais.open(new DataLocations(dir, false), I18n.french(), Clock.systemDefaultZone())) {
            relais.demoLoader().loadLarge(factor, new Steps(start));
            counts = relais.stats();
            relais.store().closeCompacted();
        }
        double ms = (System.nanoTime() - start) / 1e6;
        Files.writeString(done, counts.toString());
        report.add(new Report.Line("generation of the store (relais demo --scale " + size + ")", size,
                Sample.single(ms), null, null, "—", null));
        report.note("Store " + size + ": " + counts);
        return dir;
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private record Steps(long start) implements Progress {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public void message(String text) {
            System.out.printf(Locale.ROOT, "  [%5.1f s] %s%n", (System.nanoTime() - start) / 1e9, text);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
