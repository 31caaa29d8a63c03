package fr.cress.relais.bench;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.territory.ServiceKind;
import fr.cress.relais.territory.TerritoryLevel;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The coverage figures of {@link Benchmarks} alone, measured the same way (two warm-up rounds, then the matrix of
 * every commune, the gap list of one service, the bare fetch), with one more figure: the same two calls right
 * after a write to the store, when the snapshot must be read again.
 * {@code java -cp ... fr.cress.relais.bench.CoverageProbe <store dir> [runs]}
 */
public final class CoverageProbe {

    private CoverageProbe() {
    }

    public static void main(String[] args) {
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (Relais relais = Relais.open(new DataLocations(Path.of(args[0]), false), I18n.french(),
                Clock.systemDefaultZone())) {
            var coverage = relais.territory().coverage();
            List<Double> matrix = new ArrayList<>();
            List<Double> gaps = new ArrayList<>();
            List<Double> cold = new ArrayList<>();
            for (int i = 0; i < runs + 2; i++) {
                long t0 = System.nanoTime();
                coverage.matrix(TerritoryLevel.COMMUNE);
                long t1 = System.nanoTime();
                coverage.gaps(TerritoryLevel.COMMUNE, ServiceKind.resolve("accompagnement-emergence"));
                long t2 = System.nanoTime();
                relais.core().store().transaction(dsl -> dsl.execute(
                        "update territory_zone set version = version + 1 where id = (select min(id) from territory_zone)"));
                long t3 = System.nanoTime();
                coverage.matrix(TerritoryLevel.COMMUNE);
                coverage.gaps(TerritoryLevel.COMMUNE, ServiceKind.resolve("accompagnement-emergence"));
                long t4 = System.nanoTime();
                if (i >= 2) {
                    matrix.add((t1 - t0) / 1e6);
                    gaps.add((t2 - t1) / 1e6);
                    cold.add((t4 - t3) / 1e6);
                }
            }
            System.out.println("COVERAGE_MATRIX_MS " + Sample.of(matrix).p50() + " " + matrix);
            System.out.println("COVERAGE_GAPS_MS " + Sample.of(gaps).p50() + " " + gaps);
            System.out.println("COVERAGE_AFTER_WRITE_MS " + Sample.of(cold).p50() + " " + cold);
        }
        System.exit(0);
    }
}
