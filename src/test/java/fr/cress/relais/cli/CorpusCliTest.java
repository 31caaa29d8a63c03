package fr.cress.relais.cli;

import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;
import fr.cress.relais.testing.BadInputCorpus;
import fr.cress.relais.testing.StoreContents;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus through the real command line, on a store holding the example programme and three commune
 * contours: every file meant for an importer is either refused (exit code 3, a French message on the error
 * output, the store's content exactly as before, {@code relais check} still passing) or, where Relais can read
 * it correctly and safely, read with the right values. Every file of the corpus folder must have a decided
 * outcome here (see docs/RELIABILITY.md): a new file without one fails {@link #everyCorpusFileHasADecidedOutcome}.
 */
class CorpusCliTest {

    /** What happens to a corpus file: refused by an importer, read correctly, or only checked by the guard. */
    enum Outcome { REFUSED, READ, GUARD_ONLY }

    /** The decision for one file: the import command that receives it and, when refused, part of the message. */
    record Decision(String file, String importer, Outcome outcome, String message) {
        @Override
        public String toString() {
            return file;
        }
    }

    private static final Map<String, Decision> DECISIONS = new LinkedHashMap<>();

    static {
        refused("empty.xlsx", "partners", "Le fichier empty.xlsx est vide.");
        refused("text-renamed.xlsx", "partners", "n’est pas un classeur Excel valide (.xlsx)");
        refused("plain-zip.xlsx", "partners", "n’est pas un classeur Excel valide (.xlsx)");
        refused("truncated.xlsx", "partners", "est incomplet ou endommagé");
        refused("duplicate-entries.xlsx", "partners", "contient deux fois la même partie interne");
        refused("xxe.xlsx", "partners", "a un contenu anormal que Relais refuse d’ouvrir");
        refused("password-protected.xlsx", "partners", "est protégé par un mot de passe");
        refused("zip-bomb-small.xlsx", "partners", "se décompresse en un volume anormalement grand");
        refused("zip-bomb.xlsx", "partners", "se décompresse en un volume anormalement grand");
        refused("empty.csv", "partners", "Le fichier empty.csv est vide.");
        refused("windows-1252-mislabelled.csv", "partners", "annonce l’encodage UTF-8 mais contient d’autres caractères (ligne 3)");
        read("windows-1252.csv", "partners");
        read("workbook-renamed.csv", "partners");
        refused("stray-quotes.csv", "partners", "est mal formé à la ligne 3");
        refused("huge-cell.csv", "partners", "colonne 3 du fichier huge-cell.csv contient plus de");
        refused("unclosed-quote.csv", "partners", "du fichier unclosed-quote.csv contient plus de");
        refused("millions-of-rows.csv", "partners", "est trop volumineux\u202f: il compte plus de");
        refused("too-large.csv", "partners", "est trop volumineux\u202f: il pèse 61 Mo");
        refused("invalid.geojson", "contours", "n’est pas un fichier JSON valide");
        refused("not-geojson.geojson", "contours", "n’est pas une collection de contours GeoJSON");
        refused("self-intersecting.geojson", "contours", "propriété «\u202fcode\u202f» absente");
        refused("lambert93.geojson", "contours", "hors de la longitude/latitude WGS84");
        refused("deeply-nested.geojson", "contours", "est imbriqué sur plus de 64 niveaux");
        refused("huge.geojson", "contours", "est trop volumineux\u202f: il pèse");
        DECISIONS.put("dates-out-of-range.ics", new Decision("dates-out-of-range.ics", null, Outcome.GUARD_ONLY, null));
        DECISIONS.put("invalid-date.ics", new Decision("invalid-date.ics", null, Outcome.GUARD_ONLY, null));
    }

    private static void refused(String file, String importer, String message) {
        DECISIONS.put(file, new Decision(file, importer, Outcome.REFUSED, message));
    }

    private static void read(String file, String importer) {
        DECISIONS.put(file, new Decision(file, importer, Outcome.READ, null));
    }

    @TempDir
    static Path dataDir;

    @TempDir
    static Path generated;

    private static final Map<String, Path> FILES = new LinkedHashMap<>();
    private static String stats;
    private static Map<String, List<Map<String, Object>>> contents;

    @BeforeAll
    static void exampleStoreWithContours() throws Exception {
        for (Path file : committedFiles()) {
            FILES.put(file.getFileName().toString(), file);
        }
        for (BadInputCorpus.Item item : BadInputCorpus.generated(generated)) {
            FILES.put(item.name(), item.file());
        }
        assertThat(run(dataDir, "demo").code()).isZero();
        Path contours = generated.resolve("three-communes.geojson");
        try (InputStream in = CorpusCliTest.class.getResourceAsStream("/fr/cress/relais/territory/contours/three-communes.geojson")) {
            Files.copy(in, contours);
        }
        assertThat(run(dataDir, "import", "contours", contours.toString()).code()).isZero();
        stats = run(dataDir, "stats").out();
        contents = contents(dataDir);
        assertThat(contents.get("CONTOUR")).hasSizeGreaterThanOrEqualTo(3);
    }

    static Stream<Decision> refusals() {
        return DECISIONS.values().stream().filter(d -> d.outcome() == Outcome.REFUSED);
    }

    @Test
    void everyCorpusFileHasADecidedOutcome() throws Exception {
        assertThat(new TreeSet<>(FILES.keySet())).as("files of the corpus, committed and generated")
                .isEqualTo(new TreeSet<>(DECISIONS.keySet()));
        for (Decision d : DECISIONS.values()) {
            if (d.outcome() == Outcome.GUARD_ONLY) {
                assertThat(BadInputCorpus.committed()).as("%s: no import path, the guard's own test covers it", d.file())
                        .anySatisfy(item -> assertThat(item.name()).isEqualTo(d.file()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void isRefusedWithExitCodeThreeAFrenchMessageAndNothingChanged(Decision decision) throws Exception {
        CliTest.Run run = run(dataDir, "import", decision.importer(), FILES.get(decision.file()).toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(decision.message())
                .containsAnyOf("Rien n’a été importé", "Rien n’a été modifié")
                .doesNotContain("Exception", "java.", "org.apache", "com.fasterxml");
        assertThat(run(dataDir, "stats").out()).isEqualTo(stats);
        assertThat(contents(dataDir)).as("every row of every table").isEqualTo(contents);
        CliTest.Run check = run(dataDir, "check");
        assertThat(check.code()).as(check.out()).isZero();
    }

    @Test
    void aWindows1252ListIsReadWithItsAccentsApostrophesAndEuros(@TempDir Path store) throws Exception {
        assertThat(run(store, "demo").code()).isZero();

        CliTest.Run run = run(store, "import", "partners", FILES.get("windows-1252.csv").toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("créés\u202f: 1 organisation");
        Record org = organisation(store, "CAEOC");
        assertThat(org.get("NAME")).isEqualTo("Coopérative d’activités Œuvre & Cie");
        assertThat(org.get("TOWN")).isEqualTo("Hérouville-Saint-Clair");
        assertThat(org.get("NOTES")).isEqualTo("Cotisation 2026 : 150 € réglée");
        assertThat(run(store, "check").code()).isZero();
    }

    @Test
    void aWorkbookRenamedCsvIsReadAsTheWorkbookItIs(@TempDir Path store) throws Exception {
        assertThat(run(store, "demo").code()).isZero();

        CliTest.Run run = run(store, "import", "partners", "--dry-run", FILES.get("workbook-renamed.csv").toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Simulation", "1 ligne lue", "erreurs\u202f: 0");
    }

    private static Record organisation(Path store, String acronym) {
        try (Store opened = Store.open(new DataLocations(store, false))) {
            return opened.dsl().fetchOne("SELECT name, town, notes FROM organisation WHERE acronym = ?", acronym);
        }
    }

    private static Map<String, List<Map<String, Object>>> contents(Path store) {
        try (Store opened = Store.open(new DataLocations(store, false))) {
            return StoreContents.of(opened.dsl());
        }
    }

    private static CliTest.Run run(Path store, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", store.toString()));
        all.addAll(List.of(args));
        return CliTest.run(all.toArray(String[]::new));
    }

    private static List<Path> committedFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(CorpusCliTest.class.getResource("/corpus/").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }
}
