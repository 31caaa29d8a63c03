package fr.cress.relais.bench;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.territory.ui.SyntheticMapBenchmark;
import javafx.application.Platform;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The map figures of {@link Benchmarks} alone (1,800 synthetic polygons, 10 × runs frames):
 * {@code xvfb-run java -Dprism.order=sw -cp ... fr.cress.relais.bench.MapFrameProbe <store dir> [runs]}.
 */
public final class MapFrameProbe {

    private MapFrameProbe() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Platform.startup(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        Platform.setImplicitExit(false);
        try (Relais relais = Relais.open(new DataLocations(Path.of(args[0]), false), I18n.french(),
                Clock.systemDefaultZone())) {
            SyntheticMapBenchmark.Result r = SyntheticMapBenchmark.measure(relais.territory(), 1800, 10 * runs);
            System.out.printf("MAP polygons %d points %d%n", r.polygons(), r.points());
            System.out.println("MAP_PANNING_MS " + Sample.of(r.panning()).p50() + " p95 " + Sample.of(r.panning()).p95());
            System.out.println("MAP_REDRAW_MS " + Sample.of(r.redraw()).p50() + " p95 " + Sample.of(r.redraw()).p95());
            System.out.println("MAP_REDRAW_ON_SCREEN_MS " + Sample.of(r.onScreen()).p50() + " p95 " + Sample.of(r.onScreen()).p95());
            System.out.println("MAP_REDRAW_SHOWN_FRAME_MS " + Sample.of(r.shownFrame()).p50() + " p95 " + Sample.of(r.shownFrame()).p95());
            System.out.println("MAP_DRAWING_THREAD_MS " + Sample.of(r.drawing()).p50() + " p95 " + Sample.of(r.drawing()).p95());
            System.out.println("MAP_WITHOUT_MS " + Sample.of(r.withoutLayer()).p50() + " p95 " + Sample.of(r.withoutLayer()).p95());
        }
        Platform.exit();
        System.exit(0);
    }
}
