package fr.cress.relais.cli;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static fr.cress.relais.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code relais import partners} and {@code relais export directory} as a user runs them. */
class PartnersCliTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @BeforeEach
    void demo() {
        assertThat(run("--data-dir", dataDir.toString(), "demo").code()).isZero();
    }

    private Path fixture(String name) throws IOException {
        Path file = files.resolve(name);
        try (InputStream in = PartnersCliTest.class.getResourceAsStream("/fr/cress/relais/partners/import/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void importingPrintsWhatWasCreatedUpdatedSkippedAndInError() throws IOException {
        Path list = fixture("partenaires-windows1252.csv");
        CliTest.Run first = run("--data-dir", dataDir.toString(), "import", "partners", list.toString());
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("Import de partenaires-windows1252.csv terminé\u202F: 4 lignes lues.",
                "créés\u202F: 3 organisations, 3 contacts, 2 adhésions", "mis à jour\u202F: 0",
                "ignorés (doublons)\u202F: 0", "erreurs\u202F: 0");

        CliTest.Run again = run("--data-dir", dataDir.toString(), "import", "partners", fixture("partenaires.xlsx").toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("créés\u202F: 0 organisation, 0 contact, 0 adhésion", "ignorés (doublons)\u202F: 4");
    }

    @Test
    void aDryRunShowsTheCountsAndWritesNothing() throws IOException {
        String before = run("--data-dir", dataDir.toString(), "stats").out();
        CliTest.Run dry = run("--data-dir", dataDir.toString(), "import", "partners", "--dry-run",
                fixture("partenaires-utf8-bom.csv").toString());
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("Simulation", "créés\u202F: 3 organisations");
        assertThat(run("--data-dir", dataDir.toString(), "stats").out()).isEqualTo(before);
    }

    @Test
    void aRefusedFileExitsThreeWithItsReasonsAndChangesNothing() throws IOException {
        String before = run("--data-dir", dataDir.toString(), "stats").out();
        CliTest.Run broken = run("--data-dir", dataDir.toString(), "import", "partners", fixture("protege.xlsx").toString());
        assertThat(broken.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(broken.err()).contains("est protégé par un mot de passe").doesNotContain("Exception");

        Path rows = files.resolve("lignes.csv");
        Files.writeString(rows, "Structure;Courriel\nAtelier;atelier@bocage.fr\n;x@y.fr\nBoutique;pas-un-courriel\n",
                StandardCharsets.UTF_8);
        CliTest.Run refused = run("--data-dir", dataDir.toString(), "import", "partners", rows.toString());
        assertThat(refused.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("2 lignes sont en erreur", "  - Ligne 3\u202F: Nom de l’organisation manquant.",
                "  - Ligne 4\u202F: Le courriel «\u202Fpas-un-courriel\u202F» n’est pas une adresse valide");
        assertThat(run("--data-dir", dataDir.toString(), "stats").out()).isEqualTo(before);

        CliTest.Run skipping = run("--data-dir", dataDir.toString(), "import", "partners", "--skip-errors", rows.toString());
        assertThat(skipping.code()).isZero();
        assertThat(skipping.out()).contains("créés\u202F: 1 organisation", "erreurs\u202F: 2");
    }

    @Test
    void theDirectoryIsExportedToExcel() throws Exception {
        Path out = files.resolve("Annuaire.xlsx");
        CliTest.Run export = run("--data-dir", dataDir.toString(), "export", "directory", "--out", out.toString());
        assertThat(export.code()).isZero();
        assertThat(export.out()).contains("Annuaire écrit dans", "21 organisations");
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            assertThat(wb.getSheet("Organisations").getLastRowNum()).isEqualTo(4 + 21);
        }
    }
}
