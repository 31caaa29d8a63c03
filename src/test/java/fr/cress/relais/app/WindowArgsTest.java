package fr.cress.relais.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which starts open the window directly, and which go through the command line parser. */
class WindowArgsTest {

    @Test
    void theOptionsOfTheStoreAloneOpenTheWindowDirectly() {
        assertThat(WindowArgs.plain(new String[0])).isTrue();
        assertThat(WindowArgs.plain(new String[] {"--data-dir", "/home/cress/Relais"})).isTrue();
        assertThat(WindowArgs.plain(new String[] {"--data-dir=/home/cress/Relais", "--demo"})).isTrue();
        assertThat(WindowArgs.plain(new String[] {"--store=postgresql://db.cress.org:5432/relais", "--user=coordination"}))
                .isTrue();
    }

    @Test
    void commandsHelpAndDoubtfulOptionsGoThroughTheParser() {
        assertThat(WindowArgs.plain(new String[] {"stats"})).isFalse();
        assertThat(WindowArgs.plain(new String[] {"--data-dir", "/tmp/r", "export", "contacts"})).isFalse();
        assertThat(WindowArgs.plain(new String[] {"--help"})).isFalse();
        assertThat(WindowArgs.plain(new String[] {"--version"})).isFalse();
        assertThat(WindowArgs.plain(new String[] {"--data-dir"})).as("a missing value").isFalse();
        assertThat(WindowArgs.plain(new String[] {"--data-dir", "--demo"})).as("an option as a value").isFalse();
        assertThat(WindowArgs.plain(new String[] {"--data-dir=", "--demo"})).as("an empty value").isFalse();
        assertThat(WindowArgs.plain(new String[] {"--demo", "--demo"})).as("an option twice").isFalse();
        assertThat(WindowArgs.plain(new String[] {"--data-dir", "/a", "--data-dir=/b"})).isFalse();
        assertThat(WindowArgs.plain(new String[] {"--store", "postgresql://db/relais"})).as("the parser's spelling")
                .isFalse();
    }
}
