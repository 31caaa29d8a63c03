package fr.cress.relais.territory;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.testing.TestStores;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Times the parts of a contour import (run by hand with a real file; not a unit test). */
public final class ContourImportTiming {

    private ContourImportTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        try (Relais relais = TestStores.emptyRelais(Files.createTempDirectory("relais-timing"))) {
            for (int run = 0; run < 2; run++) {
                long t0 = System.nanoTime();
                List<ContourFeature> features = new GeoJsonContours(GeoJsonContours.DEFAULT_MAX_BYTES, I18n.french())
                        .read(file, Progress.NONE);
                long t1 = System.nanoTime();
                ContourImportReport report = relais.territory().contours().store(features, "timing", Progress.NONE);
                long t2 = System.nanoTime();
                relais.territory().contours().shapes(TerritoryLevel.EPCI);
                long t3 = System.nanoTime();
                System.out.printf("run %d: read %d ms, store %d ms (%d), EPCI unions %d ms%n", run, (t1 - t0) / 1_000_000,
                        (t2 - t1) / 1_000_000, report.stored(), (t3 - t2) / 1_000_000);
            }
        }
    }
}
