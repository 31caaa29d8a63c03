package fr.cress.relais.exchange;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.error.ErrorMessages;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.testing.BadInputCorpus;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every file of the bad-input corpus is refused by the guard with its own French message (what happened, what
 * to do), the file is left as it was, and the guard returns (no hang, no out-of-memory) even on the huge ones.
 */
class FileGuardTest {

    @TempDir
    static Path generated;

    private static final I18n FRENCH = I18n.french();
    private static double inflateRatio;
    private static long maxEntrySize;

    @BeforeAll
    static void rememberPoiLimits() {
        inflateRatio = ZipSecureFile.getMinInflateRatio();
        maxEntrySize = ZipSecureFile.getMaxEntrySize();
    }

    static Stream<BadInputCorpus.Item> corpus() throws IOException {
        return BadInputCorpus.all(generated).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachCorpusFileIsRefusedWithItsFrenchMessageAndLeftUnchanged(BadInputCorpus.Item item) throws Exception {
        String before = sha256(item.file());
        List<Path> folderBefore = listing(item.file().getParent());

        BadInputException refusal = catchThrowableOfType(BadInputException.class, () -> open(item));

        assertThat(refusal).as("%s must be refused", item.name()).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo(item.expectedKey());
        String message = new ErrorMessages(FRENCH).describe(refusal);
        assertThat(message)
                .contains(item.file().getFileName().toString())
                .containsAnyOf("réessayez", "importez", "Relais ne l’ouvre pas")
                .doesNotContain("Exception", "java.", "org.apache", "null");
        assertThat(sha256(item.file())).as("the file is not modified").isEqualTo(before);
        assertThat(listing(item.file().getParent())).as("nothing is written beside it").isEqualTo(folderBefore);
    }

    @AfterAll
    static void poiLimitsAreNeverLoosened() {
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(inflateRatio).isEqualTo(0.01);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(maxEntrySize);
    }

    @Test
    void englishTextsExistForEveryRefusal() throws IOException {
        I18n english = I18n.english();
        for (BadInputCorpus.Item item : BadInputCorpus.committed()) {
            assertThat(english.t(item.expectedKey(), "f.xlsx", 1, 2, 3, 4)).doesNotContain("réessayez");
        }
    }

    private static Object open(BadInputCorpus.Item item) throws IOException {
        FileGuard guard = FileGuard.standard();
        switch (item.kind()) {
            case XLSX -> guard.openWorkbook(item.file()).close();
            case CSV -> {
                try (GuardedCsv csv = guard.openCsv(item.file(), GuardedCsv.FRENCH_EXCEL)) {
                    csv.forEach(row -> { });
                }
            }
            case GEOJSON -> guard.readGeoJson(item.file());
            case ICS -> guard.readCalendar(item.file());
        }
        return null;
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (var in = new java.security.DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
