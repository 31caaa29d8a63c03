package fr.cress.relais.exchange.table;

import fr.cress.relais.common.concurrent.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tabular files as partners send them, read row by row; what cannot be read is refused before reading. */
class TableFilesTest {

    @TempDir
    Path dir;

    private List<List<String>> read(Path file) {
        List<List<String>> rows = new ArrayList<>();
        TableFiles.open(file).read((line, cells) -> rows.add(cells), Progress.NONE);
        return rows;
    }

    @Test
    void aWindows1252FileWhoseFirstAccentComesLateIsStillDetected() throws IOException {
        StringBuilder text = new StringBuilder("Structure;Ville\n");
        for (int i = 0; i < 5_000; i++) {
            text.append("Structure ").append(i).append(";Caen\n");
        }
        text.append("Écouché Solidarité;Écouché\n");
        Path file = dir.resolve("tard.csv");
        Files.write(file, text.toString().getBytes(Charset.forName("windows-1252")));

        TableReader reader = TableFiles.open(file);
        assertThat(reader.source().charset().name()).isEqualTo("windows-1252");
        assertThat(read(file)).last().isEqualTo(List.of("Écouché Solidarité", "Écouché"));
    }

    @Test
    void excelUnicodeTextIsUtf16WithTabs() throws IOException {
        Path file = dir.resolve("unicode.txt");
        byte[] body = "Structure\tVille\r\nLa Ligue de l’enseignement\tSaint-Lô\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(file, bytes);

        assertThat(TableFiles.open(file).source().delimiter()).isEqualTo('\t');
        assertThat(read(file)).containsExactly(List.of("Structure", "Ville"), List.of("La Ligue de l’enseignement", "Saint-Lô"));
    }

    @Test
    void commasInsideQuotesDoNotChooseTheSeparator() {
        assertThat(CsvTableReader.bestDelimiter("\"Nom, prénom\";\"Ville, pays\";Sigle")).isEqualTo(';');
        assertThat(CsvTableReader.bestDelimiter("Nom,Ville,Sigle")).isEqualTo(',');
    }

    @Test
    void aHandlerCanStopEarly() throws IOException {
        Path file = dir.resolve("a.csv");
        Files.writeString(file, "a;b\n1;2\n3;4\n");
        List<Long> lines = new ArrayList<>();
        TableFiles.open(file).read((line, cells) -> {
            lines.add(line);
            return lines.size() < 2;
        }, Progress.NONE);
        assertThat(lines).containsExactly(1L, 2L);
    }

    @Test
    void otherFormatsAreRefusedByName() throws IOException {
        Path ods = Files.writeString(dir.resolve("liste.ods"), "x");
        assertThatThrownBy(() -> TableFiles.open(ods)).isInstanceOf(TableFileException.class)
                .extracting(e -> ((TableFileException) e).problem()).isEqualTo(TableProblem.UNSUPPORTED);
        Path zipAsCsv = dir.resolve("liste.csv");
        Files.write(zipAsCsv, new byte[]{'P', 'K', 3, 4, 0, 0});
        assertThatThrownBy(() -> TableFiles.open(zipAsCsv)).extracting(e -> ((TableFileException) e).problem())
                .isEqualTo(TableProblem.NOT_TEXT);
        assertThatThrownBy(() -> TableFiles.open(dir.resolve("absent.csv"))).extracting(e -> ((TableFileException) e).problem())
                .isEqualTo(TableProblem.UNREADABLE);
    }
}
