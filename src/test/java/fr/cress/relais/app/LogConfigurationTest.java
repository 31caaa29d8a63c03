package fr.cress.relais.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The log a user can send when something went wrong: one file in the data folder's logs, in French. */
class LogConfigurationTest {

    @TempDir
    Path logs;

    @Test
    void relaisWritesItsLogInTheFolderGivenWithTheLibrariesWarningsOnly() throws Exception {
        LoggerContext context = new LoggerContext();
        LogConfiguration.configure(context, logs.toString());
        context.setMDCAdapter(new LogbackMDCAdapter()); // what SLF4J's provider gives the real context

        context.getLogger("fr.cress.relais.partners").info("Annuaire lu : « Crédit Coopératif »");
        context.getLogger("org.jooq.tools").info("bavardage d’une bibliothèque");
        context.getLogger("org.flywaydb.core").warn("migration lente");
        context.getLogger("fr.cress.relais.db").debug("détail");
        context.stop();

        String log = Files.readString(logs.resolve("relais.log"), StandardCharsets.UTF_8);
        assertThat(log).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  \\[.+] "
                + "fr\\.cress\\.relais\\.partners - Annuaire lu : « Crédit Coopératif »");
        assertThat(log).contains("WARN  ").contains("migration lente");
        assertThat(log).doesNotContain("bavardage").doesNotContain("détail");
        try (var files = Files.list(logs)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("relais.log");
        }
    }
}
