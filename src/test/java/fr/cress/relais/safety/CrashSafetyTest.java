package fr.cress.relais.safety;

import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;
import fr.cress.relais.testing.ChildJvm;
import fr.cress.relais.testing.CrashWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.cress.relais.db.generated.Tables.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kill -9 while writing: another JVM writes organisations in a loop (one transaction each, printing each id
 * after its commit) and is killed after a random delay; the store then opens, passes the integrity check, and
 * holds every write acknowledged more than H2's write delay before the kill.
 * Iterations: {@code -Drelais.reliability.iterations} (5 by default, 100 with {@code mvn -Preliability test}).
 * The numbers of each run go to {@code target/reliability-report.txt} (see docs/RELIABILITY.md).
 */
@Tag("h2-only") // a killed process and the H2 file it leaves
class CrashSafetyTest {

    private static final Pattern WRITE_DELAY = Pattern.compile("WRITE_DELAY=(\\d+)");

    @TempDir
    Path dir;

    @Test
    void everyWriteAcknowledgedLongerAgoThanTheWriteDelaySurvivesAKill() throws Exception {
        int iterations = Integer.getInteger("relais.reliability.iterations", 5);
        long seed = Long.getLong("relais.reliability.seed", System.nanoTime());
        Random random = new Random(seed);
        DataLocations locations = new DataLocations(dir, false);
        long writeDelayMs = writeDelay(locations);
        Totals totals = new Totals();
        long start = System.nanoTime();

        for (int i = 0; i < iterations; i++) {
            long pauseMs = i % 2 == 0 ? 0 : 1 + random.nextInt(30);
            Map<Long, Long> acknowledged = new LinkedHashMap<>();
            long killedAt = runAndKill(pauseMs, 200 + random.nextInt(1000), acknowledged, i);
            Set<Long> present = reopenAndCheck(locations);
            for (var ack : acknowledged.entrySet()) {
                long ageMs = (killedAt - ack.getValue()) / 1_000_000;
                boolean kept = present.contains(ack.getKey());
                totals.count(ageMs, kept, writeDelayMs);
                assertThat(kept || ageMs <= writeDelayMs)
                        .as("iteration %d (seed %d): write %d acknowledged %d ms before the kill is lost", i, seed,
                                ack.getKey(), ageMs)
                        .isTrue();
            }
        }
        totals.report(iterations, seed, writeDelayMs, (System.nanoTime() - start) / 1_000_000);
    }

    private long runAndKill(long pauseMs, long killAfterMs, Map<Long, Long> acknowledged, int iteration)
            throws Exception {
        Process writer = ChildJvm.start(CrashWriter.class, dir.resolve("logs"), dir.toString(),
                Long.toString(iteration * 10_000_000L), Long.toString(pauseMs));
        BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("READY");
        Thread reader = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    long now = System.nanoTime();
                    synchronized (acknowledged) {
                        acknowledged.put(Long.parseLong(line.trim()), now);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // the writer died mid-line: that write was not acknowledged
            }
        }, "crash-test-reader");
        reader.start();
        Thread.sleep(killAfterMs);
        long killedAt = System.nanoTime();
        writer.destroyForcibly();
        writer.waitFor();
        reader.join();
        return killedAt;
    }

    private static Set<Long> reopenAndCheck(DataLocations locations) {
        try (Store store = Store.open(locations)) {
            IntegrityReport report = new IntegrityService().check(store);
            assertThat(report.problems()).as("integrity after a kill").isEmpty();
            return new HashSet<>(store.dsl().select(ORGANISATION.ID).from(ORGANISATION).fetch(ORGANISATION.ID));
        }
    }

    private static long writeDelay(DataLocations locations) {
        try (Store store = Store.open(locations)) {
            Matcher m = WRITE_DELAY.matcher(store.url());
            return m.find() ? Long.parseLong(m.group(1)) : 500; // H2's default, should the URL stop setting it
        }
    }

    /** What all iterations saw, for docs/RELIABILITY.md. */
    private static final class Totals {
        long acknowledged;
        long lostYoung;
        long lostOld;
        long maxLostAgeMs = -1;

        void count(long ageMs, boolean kept, long writeDelayMs) {
            acknowledged++;
            if (!kept) {
                maxLostAgeMs = Math.max(maxLostAgeMs, ageMs);
                if (ageMs > writeDelayMs) {
                    lostOld++;
                } else {
                    lostYoung++;
                }
            }
        }

        void report(int iterations, long seed, long writeDelayMs, long elapsedMs) throws IOException {
            String line = String.format("iterations=%d seed=%d writeDelayMs=%d acknowledged=%d lostOlderThanDelay=%d "
                            + "lostWithinDelay=%d maxLostAgeMs=%d elapsedMs=%d cores=%d java=%s%n", iterations, seed,
                    writeDelayMs, acknowledged, lostOld, lostYoung, maxLostAgeMs, elapsedMs,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            Path report = Path.of("target", "reliability-report.txt");
            Files.createDirectories(report.getParent());
            Files.writeString(report, line, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }
}
