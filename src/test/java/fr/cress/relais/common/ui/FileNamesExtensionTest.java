package fr.cress.relais.common.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The name a save dialog returns gets the extension of the format chosen, unless the user typed one offered. */
class FileNamesExtensionTest {

    private static final List<String> OFFERED = List.of(".xlsx", ".csv");

    @Test
    void anExtensionTypedIsKeptOtherwiseTheChosenFormatsIsAdded() {
        Path folder = Path.of("exports");
        assertThat(FileNames.withExtension(folder.resolve("Annuaire.CSV"), OFFERED, ".xlsx"))
                .isEqualTo(folder.resolve("Annuaire.CSV"));
        assertThat(FileNames.withExtension(folder.resolve("Annuaire 2026"), OFFERED, ".csv"))
                .isEqualTo(folder.resolve("Annuaire 2026.csv"));
        assertThat(FileNames.withExtension(folder.resolve("Annuaire v1.2"), OFFERED, ".xlsx"))
                .isEqualTo(folder.resolve("Annuaire v1.2.xlsx"));
    }
}
