package fr.cress.relais.bench;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.partners.ui.ContactFilterBenchmark;
import fr.cress.relais.territory.ServiceKind;
import fr.cress.relais.territory.TerritoryLevel;
import fr.cress.relais.territory.ui.SyntheticMapBenchmark;
import javafx.application.Platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static fr.cress.relais.db.generated.Tables.COMMUNE;
import static fr.cress.relais.db.generated.Tables.OFFER;
import static fr.cress.relais.db.generated.Tables.OFFER_TERRITORY;

/**
 * Relais benchmarks, run by {@code xvfb-run -a mvn -B -Pbench verify -DskipTests} (not by the default test
 * command). On the generated stores ({@code -Dbench.sizes=large} by default; {@code demo,large,xlarge} for the
 * growth), each figure is printed with the baseline measured in the same run and their ratio, then written to
 * {@code target/bench/results.md}. {@code -Dbench.runs=N} sets the repetitions (default 5).
 */
public final class Benchmarks {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final Path OUT = Path.of(System.getProperty("bench.dir", "target/bench"));
    private static final List<String> SIZES = List.of(System.getProperty("bench.sizes", "large").split(","));
    private static final int EXPORT_ROWS = 100_000;
    private static final int POLYGONS = 1_800;

    private final Report report = new Report();
    private final BenchStores stores = new BenchStores(OUT.resolve("stores"), Boolean.getBoolean("bench.fresh"));
    private final Children children = new Children(OUT.resolve("logs"));

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        String header = String.format(Locale.ROOT, "Relais benchmarks, %s: %d runs, %d cores, Java %s, load average %s",
                LocalDateTime.now().withNano(0), RUNS, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), loadAverage());
        System.out.println(header);
        Benchmarks bench = new Benchmarks();
        bench.run();
        double minutes = (System.nanoTime() - start) / 60e9;
        bench.report.note(String.format(Locale.ROOT, "Whole run: %.1f min; load average at the end %s.", minutes,
                loadAverage()));
        bench.report.write(OUT.resolve("results.md"), "# " + header);
        System.out.println("Written " + OUT.resolve("results.md").toAbsolutePath());
        Platform.exit();
        System.exit(0);
    }

    private void run() throws Exception {
        Platform.startup(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        Platform.setImplicitExit(false);
        Path demo = stores.get("demo", report);
        for (String size : SIZES) {
            Path store = stores.get(size, report);
            startup(store, size);
            try (Relais relais = open(store)) {
                filter(relais, size);
                coverage(relais, size);
                if (size.equals(SIZES.get(SIZES.size() - 1))) {
                    map(relais);
                }
            }
            sections(store, demo, size);
        }
        export();
    }

    private static Relais open(Path store) {
        return Relais.open(new DataLocations(store, false), I18n.french(), Clock.systemDefaultZone());
    }

    /** Cold start to a usable main window (store open, section shown) vs a bare JavaFX window. */
    private void startup(Path store, String size) throws Exception {
        List<String> relais = List.of("fr.cress.relais.app.Launcher", "--data-dir", store.toString());
        List<String> bare = List.of(BareWindow.Launcher.class.getName());
        List<String> probe = List.of("-Drelais.startupProbe=true");
        children.run(bare, probe);
        children.run(relais, probe);
        List<Double> bareTimes = new ArrayList<>();
        List<Double> firstFrame = new ArrayList<>();
        List<Double> usable = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            bareTimes.add(children.run(bare, probe).get("STARTUP_MS").get(0));
            Map<String, List<Double>> times = children.run(relais, probe);
            firstFrame.add(times.get("FIRST_FRAME_MS").get(0));
            usable.add(times.get("STARTUP_MS").get(0));
        }
        Sample baseline = Sample.of(bareTimes);
        report.add(new Report.Line("class path, no AppCDS: cold start to first frame", size, Sample.of(firstFrame),
                "bare JavaFX window", baseline, "—", null));
        report.add(new Report.Line("class path, no AppCDS: cold start to usable main window", size,
                Sample.of(usable), "bare JavaFX window", baseline, "—", null));
        distributionStartup(store, size);
    }

    /** The same with the distribution's launcher and its class-data archive, vs a bare window started alike. */
    private void distributionStartup(Path store, String size) throws Exception {
        DistributionStart dist = new DistributionStart(Path.of(System.getProperty("bench.distDir", "target/dist/relais")),
                OUT.resolve("distribution"), children);
        if (!dist.available()) {
            report.note("No distribution under target/dist/relais: start-up with the launcher not measured.");
            return;
        }
        dist.prepare(store);
        List<Double> bareTimes = new ArrayList<>();
        List<Double> firstFrame = new ArrayList<>();
        List<Double> usable = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            bareTimes.add(dist.bare());
            Map<String, List<Double>> times = dist.relais(store);
            firstFrame.add(times.get("FIRST_FRAME_MS").get(0));
            usable.add(times.get("STARTUP_MS").get(0));
        }
        Sample baseline = Sample.of(bareTimes);
        report.add(new Report.Line("launcher + AppCDS: cold start to first frame", size, Sample.of(firstFrame),
                "bare JavaFX window, same way", baseline, "—", null));
        Sample value = Sample.of(usable);
        report.add(new Report.Line("launcher + AppCDS: cold start to usable main window", size, value,
                "bare JavaFX window, same way", baseline, "≤ 1.5×", value.p50() <= 1.5 * baseline.p50()));
    }

    /** Filter-as-you-type over every contact of the store. */
    private void filter(Relais relais, String size) throws Exception {
        ContactFilterBenchmark.Result r = ContactFilterBenchmark.measure(relais.partners(), relais.core().i18n(),
                LocalDate.now(), Math.max(3, RUNS));
        Sample value = Sample.of(r.keystrokes());
        report.add(new Report.Line(String.format(Locale.ROOT, "filter-as-you-type, %,d contacts: one keystroke", r.rows()),
                size, value, "bare loop over the same texts", Sample.of(r.bareLoop()), "p95 ≤ 16 ms", value.p95() <= 16));
    }

    /**
     * Coverage of every commune for every service (the matrix), and the gap list of a service over communes: as the
     * map asks them (the store unchanged since the last answer), and right after a change, read again.
     */
    private void coverage(Relais relais, String size) {
        var coverage = relais.territory().coverage();
        var dsl = relais.core().dsl();
        List<Double> matrix = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        List<Double> afterWrite = new ArrayList<>();
        for (int i = 0; i < RUNS + 2; i++) {
            long t0 = System.nanoTime();
            coverage.matrix(TerritoryLevel.COMMUNE);
            double matrixMs = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            coverage.gaps(TerritoryLevel.COMMUNE, ServiceKind.resolve("accompagnement-emergence"));
            double gapsMs = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            dsl.select(OFFER.ORGANISATION_ID, OFFER.SERVICE_KEY, OFFER_TERRITORY.TERRITORY_LEVEL,
                    OFFER_TERRITORY.TERRITORY_CODE).from(OFFER).join(OFFER_TERRITORY)
                    .on(OFFER_TERRITORY.OFFER_ID.eq(OFFER.ID)).fetch();
            dsl.select(COMMUNE.CODE, COMMUNE.EPCI_CODE, COMMUNE.DEPARTEMENT_CODE, COMMUNE.POPULATION).from(COMMUNE).fetch();
            double rawMs = (System.nanoTime() - t0) / 1e6;
            relais.core().store().transaction(tx -> tx.execute(
                    "update territory_zone set version = version + 1 where id = (select min(id) from territory_zone)"));
            t0 = System.nanoTime();
            coverage.matrix(TerritoryLevel.COMMUNE);
            coverage.gaps(TerritoryLevel.COMMUNE, ServiceKind.resolve("accompagnement-emergence"));
            double afterWriteMs = (System.nanoTime() - t0) / 1e6;
            if (i >= 2) {
                matrix.add(matrixMs);
                gaps.add(gapsMs);
                raw.add(rawMs);
                afterWrite.add(afterWriteMs);
            }
        }
        Sample baseline = Sample.of(raw);
        Sample all = Sample.of(matrix);
        report.add(new Report.Line("coverage of every commune × every service (matrix)", size, all,
                "reading the offer rows (jOOQ fetch)", baseline, "< 100 ms", all.p50() < 100));
        Sample gap = Sample.of(gaps);
        report.add(new Report.Line("gap list of a service over every commune", size, gap,
                "reading the offer rows (jOOQ fetch)", baseline, "< 100 ms", gap.p50() < 100));
        Sample cold = Sample.of(afterWrite);
        report.add(new Report.Line("matrix + gap list right after a change (the store read again)", size, cold,
                "reading the offer rows (jOOQ fetch)", baseline, "< 100 ms", cold.p50() < 100));
    }

    /** The coverage layer over 1,800 synthetic commune polygons. */
    private void map(Relais relais) throws Exception {
        SyntheticMapBenchmark.Result r = SyntheticMapBenchmark.measure(relais.territory(), POLYGONS, 10 * RUNS);
        Sample without = Sample.of(r.withoutLayer());
        Sample panning = Sample.of(r.panning());
        Sample redraw = Sample.of(r.redraw());
        String what = String.format(Locale.ROOT, "%,d polygons, %,d points", r.polygons(), r.points());
        report.add(new Report.Line("map frame while panning, coverage layer of " + what, "—", panning,
                "same frame without the layer", without, "< 16 ms", panning.p50() < 16));
        report.add(new Report.Line("map frame with a full redraw of the layer, " + what
                + " (JavaFX frame; the drawing made on its own thread)", "—", redraw,
                "same frame without the layer", without, "< 16 ms", redraw.p50() < 16));
        Sample shownFrame = Sample.of(r.shownFrame());
        report.add(new Report.Line("map frame showing the new drawing of the layer, " + what, "—", shownFrame,
                "same frame without the layer", without, "< 16 ms", shownFrame.p50() < 16));
        report.add(new Report.Line("full redraw of the layer: from the change to the new drawing on screen (drawing "
                + "on its thread: " + String.format(Locale.ROOT, "%.1f", Sample.of(r.drawing()).p50()) + " ms)", "—", Sample.of(r.onScreen()),
                "same frame without the layer", without, "—", null));
    }

    /**
     * Navigation to first rows shown, each main section, on this store vs the example programme, with a think-time
     * between openings (the window prepares the next sections while idle); then the first openings again with the
     * sections not prepared ({@code -Drelais.prepareSections=false}), the cold cost, as lines without a target.
     */
    private void sections(Path store, Path demo, String size) throws Exception {
        int runs = Integer.getInteger("bench.sectionRuns", 2);
        Map<String, List<Double>> large = new java.util.HashMap<>();
        Map<String, List<Double>> example = new java.util.HashMap<>();
        Map<String, List<Double>> coldLarge = new java.util.HashMap<>();
        Map<String, List<Double>> coldExample = new java.util.HashMap<>();
        List<String> notPrepared = List.of("-Drelais.prepareSections=false");
        for (int i = 0; i < runs; i++) {
            merge(large, children.run(List.of(SectionProbe.class.getName(), store.toString(), "2"), List.of()));
            merge(example, children.run(List.of(SectionProbe.class.getName(), demo.toString(), "2"), List.of()));
            merge(coldLarge, children.run(List.of(SectionProbe.class.getName(), store.toString(), "0"), notPrepared));
            merge(coldExample, children.run(List.of(SectionProbe.class.getName(), demo.toString(), "0"), notPrepared));
        }
        report.note(String.format(Locale.ROOT, "Sections: %,d ms of think-time between two openings "
                + "(bench.section.pause); the window prepares the sections not opened yet while it is idle.",
                SectionProbe.PAUSE_MS));
        openings(large, example, size);
        for (String slug : SectionProbe.SECTIONS) {
            report.add(new Report.Line("opening « " + slug + " » (first time) without preparation "
                    + "(-Drelais.prepareSections=false)", size, Sample.of(coldLarge.get("OPEN_" + slug + "_MS")),
                    "same on the example store", Sample.of(coldExample.get("OPEN_" + slug + "_MS")), "—", null));
        }
        // The price of preparing: how long the window may not answer a click made during a pause.
        report.add(new Report.Line("longest time the window did not answer during a pause between openings, "
                + "sections prepared meanwhile", size, Sample.of(holds(large)),
                "same without preparation", Sample.of(holds(coldLarge)), "—", null));
    }

    /** Every {@code HOLD_<slug>_MS} the probe printed: one per pause. */
    private static List<Double> holds(Map<String, List<Double>> figures) {
        List<Double> all = new ArrayList<>();
        figures.forEach((key, values) -> {
            if (key.startsWith("HOLD_")) {
                all.addAll(values);
            }
        });
        return all;
    }

    private void openings(Map<String, List<Double>> large, Map<String, List<Double>> example, String size) {
        for (String slug : SectionProbe.SECTIONS) {
            Sample first = Sample.of(large.get("OPEN_" + slug + "_MS"));
            report.add(new Report.Line("opening « " + slug + " » (first time) to first rows shown", size, first,
                    "same on the example store", Sample.of(example.get("OPEN_" + slug + "_MS")), "< 300 ms",
                    first.p95() < 300));
            Sample again = Sample.of(large.get("REOPEN_" + slug + "_MS"));
            report.add(new Report.Line("opening « " + slug + " » again", size, again,
                    "same on the example store", Sample.of(example.get("REOPEN_" + slug + "_MS")), "< 300 ms",
                    again.p95() < 300));
        }
    }

    private static void merge(Map<String, List<Double>> into, Map<String, List<Double>> from) {
        from.forEach((k, v) -> into.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    }

    /** 100,000 rows to .xlsx with a 256 MB heap: the project's writer vs a bare SXSSF loop. */
    private void export() throws Exception {
        List<String> heap = List.of("-Xmx256m");
        String runs = Integer.toString(Math.max(3, RUNS));
        Map<String, List<Double>> bare = children.run(List.of(ExportProbe.class.getName(), "bare",
                Integer.toString(EXPORT_ROWS), runs), heap);
        Map<String, List<Double>> relais = children.run(List.of(ExportProbe.class.getName(), "relais",
                Integer.toString(EXPORT_ROWS), runs), heap);
        Sample value = Sample.of(relais.get("EXPORT_MS"));
        Sample baseline = Sample.of(bare.get("EXPORT_MS"));
        report.add(new Report.Line(String.format(Locale.ROOT, "export of %,d rows × 8 cells to .xlsx, heap 256 MB "
                        + "(exchange.xlsx writer; %,.0f KB)", EXPORT_ROWS, relais.get("EXPORT_BYTES").get(0) / 1024),
                "—", value, String.format(Locale.ROOT, "bare POI SXSSF loop (%,.0f KB)", bare.get("EXPORT_BYTES").get(0) / 1024),
                baseline, "≤ 1.3×, no OOM", value.p50() <= 1.3 * baseline.p50()));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
