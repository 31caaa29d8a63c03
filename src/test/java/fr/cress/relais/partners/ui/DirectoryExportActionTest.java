package fr.cress.relais.partners.ui;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.CurrentThreadTaskRunner;
import fr.cress.relais.common.feature.DataEvents;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.testing.FailingDialogs;
import fr.cress.relais.testing.TestStores;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's export entry offers .xlsx and .csv in its save dialog and writes the format of the file
 * chosen. The platform's file chooser cannot be driven headless: a stand-in answers for the user.
 */
class DirectoryExportActionTest {

    @TempDir
    Path dir;

    private Relais relais;
    private final ChosenFile dialogs = new ChosenFile();
    private DirectoryExportAction action;

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
        UiContext ui = new UiContext(relais.core().i18n(), dialogs, new CurrentThreadTaskRunner(), UiSettings.inMemory(),
                (section, target) -> { }, new DataEvents());
        action = new DirectoryExportAction(relais.partners(), ui);
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void theDialogOffersExcelThenCsvAndTheChosenFormatIsWritten() throws Exception {
        dialogs.answer = dir.resolve("Annuaire.csv");
        action.exportAll();

        assertThat(dialogs.suggested).isEqualTo("Annuaire des partenaires - CRESS - 2026-11-26");
        assertThat(dialogs.formats).extracting(FileChooser.ExtensionFilter::getDescription)
                .containsExactly("Classeur Excel (.xlsx)", "Contacts en CSV pour Excel (.csv, point-virgule, UTF-8)");
        assertThat(Arrays.copyOf(Files.readAllBytes(dialogs.answer), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(dialogs.notices).containsExactly("«\u202fAnnuaire.csv\u202f» est prêt.");

        dialogs.answer = dir.resolve("Annuaire.xlsx");
        action.exportAll();
        assertThat(Arrays.copyOf(Files.readAllBytes(dialogs.answer), 2)).containsExactly('P', 'K');
    }

    /** Answers the save dialog with a chosen file; any other dialog fails the test. */
    private static final class ChosenFile extends FailingDialogs {
        Path answer;
        String suggested;
        List<FileChooser.ExtensionFilter> formats;
        final List<String> notices = new ArrayList<>();

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileChooser.ExtensionFilter> offered) {
            suggested = suggestedName;
            formats = offered;
            return Optional.of(answer);
        }

        @Override
        public void notify(String message, Path file) {
            notices.add(message);
        }
    }
}
