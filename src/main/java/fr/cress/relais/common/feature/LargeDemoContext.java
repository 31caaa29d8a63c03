package fr.cress.relais.common.feature;

import fr.cress.relais.common.concurrent.Progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Shared by the features while they add generated data on top of the example programme (a large store for
 * benchmarks and trials), in the same transaction. Sizes are those of a large network multiplied by
 * {@link #factor()}; every random choice comes from one seeded {@link Random}, so a given factor always makes
 * the same store. Features share the ids they created by kind ({@code "organisation"}, {@code "contact"}).
 */
public final class LargeDemoContext {

    private final DemoContext demo;
    private final double factor;
    private final Random random;
    private final Progress progress;
    private final Map<String, long[]> ids = new HashMap<>();

    public LargeDemoContext(DemoContext demo, double factor, long seed, Progress progress) {
        this.demo = demo;
        this.factor = factor;
        this.random = new Random(seed);
        this.progress = progress;
    }

    /** The example programme just loaded in the same transaction (its dsl, clock and named ids). */
    public DemoContext demo() {
        return demo;
    }

    public Clock clock() {
        return demo.clock();
    }

    public LocalDate today() {
        return LocalDate.now(demo.clock());
    }

    public double factor() {
        return factor;
    }

    /** {@code base} (the size of a large network) times the factor, at least one. */
    public int count(int base) {
        return Math.max(1, (int) Math.round(base * factor));
    }

    public Random random() {
        return random;
    }

    /** Reports a step: a translated line and the rows written so far. */
    public Progress progress() {
        return progress;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    public long pick(long[] values) {
        return values[random.nextInt(values.length)];
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public void share(String kind, long[] values) {
        ids.put(kind, values);
    }

    public long[] ids(String kind) {
        long[] values = ids.get(kind);
        if (values == null) {
            throw new NoSuchElementException("No generated " + kind);
        }
        return values;
    }
}
