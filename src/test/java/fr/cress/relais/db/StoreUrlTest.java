package fr.cress.relais.db;

import fr.cress.relais.common.settings.DataLocations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * No way in through settings: the H2 URL holds the store path and the allow-listed settings only, a folder name
 * cannot smuggle H2 settings in (INIT=RUNSCRIPT, AUTO_SERVER...), and opening a store never opens a socket.
 */
@Tag("h2-only") // the URL of the H2 file
class StoreUrlTest {

    @TempDir
    Path dir;

    @Test
    void theUrlHoldsThePathAndTheAllowListedSettingsOnly() {
        try (Store store = Store.open(new DataLocations(dir, false))) {
            assertThat(store.url()).isEqualTo("jdbc:h2:file:" + dir.resolve("relais").toAbsolutePath()
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
            assertThat(store.url()).doesNotContainIgnoringCase("INIT").doesNotContainIgnoringCase("AUTO_SERVER")
                    .doesNotContainIgnoringCase("SERVER").doesNotContainIgnoringCase("RUNSCRIPT");
        }
    }

    @Test
    void aFolderNameCannotInjectH2Settings() throws IOException {
        Path marker = dir.resolve("pwned.sql");
        Path evil = Files.writeString(dir.resolve("evil.sql"), "SCRIPT TO '" + marker + "';\n");
        List<String> hostileNames = List.of(
                "x;INIT=RUNSCRIPT FROM '" + evil + "'",
                "x;AUTO_SERVER=TRUE",
                "x;IFEXISTS=FALSE;INIT=CREATE ALIAS EXEC AS 'String e(String c) { return c; }'",
                "ligne\nINIT=RUNSCRIPT FROM '" + evil + "'");
        for (String name : hostileNames) {
            Path folder = dir.resolve(name);
            StoreUnavailableException refused = catchThrowableOfType(StoreUnavailableException.class,
                    () -> Store.open(new DataLocations(folder, false)).close());
            assertThat(refused).as(name).isNotNull();
            assertThat(refused.messageKey()).isEqualTo("safety.store.badPath");
            assertThat(Files.exists(folder.resolve("relais.mv.db"))).isFalse();
        }
        StoreUnavailableException fromEnvironment = catchThrowableOfType(StoreUnavailableException.class,
                () -> Store.open(DataLocations.resolve(null, false,
                        Map.of(DataLocations.ENV_DATA_DIR, dir.resolve("y;INIT=RUNSCRIPT FROM '" + evil + "'").toString())))
                        .close());
        assertThat(fromEnvironment.messageKey()).isEqualTo("safety.store.badPath");
        assertThat(marker).as("the injected script never ran").doesNotExist();
    }

    @Test
    void quotesAndSpacesInAFolderNameAreFine() {
        Path folder = dir.resolve("Données d'O'Brien (CRESS)");
        try (Store store = Store.open(new DataLocations(folder, false))) {
            assertThat(store.schema().upToDate()).isTrue();
        }
        assertThat(folder.resolve("relais.mv.db")).exists();
    }

    @Test
    void openingAndBackingUpAStoreListensOnNoSocket() throws Exception {
        assumeThat(Path.of("/proc/self/fd")).isDirectory();
        Set<String> before = listeningSocketsOfThisProcess();
        try (Store store = Store.open(new DataLocations(dir, false))) {
            store.backupTo(dir.resolve("b.zip"));
            assertThat(listeningSocketsOfThisProcess()).isEqualTo(before);
        }
    }

    @Test
    void theSocketProbeSeesAListeningSocket() throws Exception {
        assumeThat(Path.of("/proc/self/fd")).isDirectory();
        Set<String> before = listeningSocketsOfThisProcess();
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(listeningSocketsOfThisProcess()).hasSize(before.size() + 1);
        }
    }

    /** Inodes of the sockets this process listens on (Linux: /proc/self/fd and /proc/net/tcp, tcp6). */
    static Set<String> listeningSocketsOfThisProcess() throws IOException {
        Set<String> mine = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        mine.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        Set<String> listening = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[3].equals("0A") && mine.contains(f[9])) {
                    listening.add(f[9]);
                }
            }
        }
        return listening;
    }
}
