package fr.cress.relais.exchange;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.error.BadInputException;
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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Tables as partners send them, read row by row through the guard; what cannot be read is refused. */
class TableReadingTest {

    @TempDir
    Path dir;

    private final FileGuard guard = FileGuard.standard();

    private List<List<String>> read(Path file) {
        List<List<String>> rows = new ArrayList<>();
        guard.openTable(file).read((line, cells) -> rows.add(cells), Progress.NONE);
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

        TableReader reader = guard.openTable(file);
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

        assertThat(guard.openTable(file).source().delimiter()).isEqualTo('\t');
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
        guard.openTable(file).read((line, cells) -> {
            lines.add(line);
            return lines.size() < 2;
        }, Progress.NONE);
        assertThat(lines).containsExactly(1L, 2L);
    }

    @Test
    void theKindComesFromTheBytesNotTheName() throws IOException {
        Path workbook = dir.resolve("liste.csv");
        Files.write(workbook, fr.cress.relais.testing.BadInputCorpus.validWorkbookBytes());
        TableReader reader = guard.openTable(workbook);
        assertThat(read(workbook)).containsExactly(List.of("Nom", "Ville"), List.of("URSCOP", "Caen"));
        assertThat(reader.source().format()).isEqualTo(TableSource.Format.XLSX);

        Path text = Files.writeString(dir.resolve("liste.xlsx"), "Nom;Ville\nURSCOP;Caen\n");
        assertThat(refusal(text)).isEqualTo("safety.input.xlsx.notWorkbook");
    }

    @Test
    void otherFormatsAndMissingFilesAreRefused() throws IOException {
        Path ods = Files.writeString(dir.resolve("liste.ods"), "x");
        assertThat(refusal(ods)).isEqualTo("safety.input.table.unsupported");
        Path binary = dir.resolve("liste.csv");
        Files.write(binary, new byte[]{'N', 'o', 'm', 0, 0, 1});
        assertThat(refusal(binary)).isEqualTo("safety.input.csv.notText");
        assertThat(refusal(dir.resolve("absent.csv"))).isEqualTo("safety.input.missing");
    }

    private String refusal(Path file) {
        BadInputException refusal = catchThrowableOfType(BadInputException.class, () -> read(file));
        assertThat(refusal).as("%s must be refused", file.getFileName()).isNotNull();
        return refusal.messageKey();
    }
}
