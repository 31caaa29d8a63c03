package fr.cress.relais.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static fr.cress.relais.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code relais export directory} chooses CSV by the file's extension or by {@code --format csv}. */
class DirectoryCsvCliTest {

    @TempDir
    Path dataDir;

    @Test
    void theExtensionOrTheFormatOptionChoosesCsv() throws Exception {
        assertThat(run("--data-dir", dataDir.toString(), "demo").code()).isZero();
        Path csv = dataDir.resolve("Annuaire.csv");
        Path txt = dataDir.resolve("annuaire.txt");
        Path xlsx = dataDir.resolve("Annuaire.xlsx");

        CliTest.Run byName = run("--data-dir", dataDir.toString(), "export", "directory", "--out", csv.toString());
        CliTest.Run byOption = run("--data-dir", dataDir.toString(), "export", "directory", "--format", "csv",
                "--out", txt.toString());
        CliTest.Run workbook = run("--data-dir", dataDir.toString(), "export", "directory", "--out", xlsx.toString());

        assertThat(byName.code()).as(byName.err()).isZero();
        assertThat(byName.out()).startsWith("Contacts de l’annuaire écrits en CSV dans ").contains("contacts.");
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFNom;Prénom;Fonction;Structure;Courriel;Téléphone;Base légale;"
                + "Date du consentement;Modifié le");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Lecœur;Élodie;"));
        assertThat(Files.readAllBytes(txt)).isEqualTo(bytes);
        assertThat(workbook.code()).isZero();
        assertThat(Arrays.copyOf(Files.readAllBytes(xlsx), 2)).containsExactly('P', 'K');
        assertThat(run("--data-dir", dataDir.toString(), "export", "directory", "--format", "ods", "--out",
                txt.toString()).code()).isEqualTo(ExitCodes.USAGE);
    }
}
