package fr.cress.relais.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Linux and macOS launcher of the portable distribution (src/dist/bin/relais), run for real with a stand-in
 * for {@code java} that writes down its arguments: the class-data archive is recorded at the first start of a
 * build, mapped afterwards, and the archives of earlier builds are removed from the user's cache; the window starts
 * with the compiler settings of the launcher, which the user's {@code JAVA_OPTS} can override.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTest {

    @TempDir
    Path dir;
    private Path launcher;
    private Path cache;
    private Path javaHome;
    private Path arguments;

    @BeforeEach
    void installADistribution() throws IOException {
        Path app = dir.resolve("relais");
        Files.createDirectories(app.resolve("bin"));
        Files.createDirectories(app.resolve("lib"));
        Files.write(app.resolve("lib/relais.jar"), new byte[]{1, 2, 3});
        launcher = app.resolve("bin/relais");
        Files.writeString(launcher, Files.readString(Path.of("src/dist/bin/relais"))
                .replace("@VERSION@", "9.9.9").replace("@MAIN_CLASS@", Launcher.class.getName()));
        executable(launcher);

        javaHome = dir.resolve("java");
        Files.createDirectories(javaHome.resolve("bin"));
        arguments = dir.resolve("arguments.txt");
        // Writes its arguments down, and the archive it is asked to record, as Java does at exit.
        Files.writeString(javaHome.resolve("bin/java"), """
                #!/bin/sh
                : > "$ARGUMENTS"
                for a in "$@"; do
                  echo "$a" >> "$ARGUMENTS"
                  case "$a" in -XX:ArchiveClassesAtExit=*) printf 'classes' > "${a#-XX:ArchiveClassesAtExit=}" ;; esac
                done
                exit 0
                """);
        executable(javaHome.resolve("bin/java"));
        cache = dir.resolve("cache");
    }

    @Test
    void theFirstStartOfABuildRecordsItsArchiveAndRemovesThoseOfEarlierBuilds() throws Exception {
        Path folder = Files.createDirectories(cache.resolve("relais"));
        Files.writeString(folder.resolve("relais-0.1.0-1234.jsa"), "an earlier build");
        Files.writeString(folder.resolve("relais-9.9.9-5678.jsa"), "an earlier installation of this build");
        Files.writeString(folder.resolve("tuiles.txt"), "not an archive");

        assertThat(start("--data-dir", dir.resolve("data").toString())).isZero();

        List<String> recorded = archives();
        assertThat(recorded).hasSize(1).allMatch(name -> name.startsWith("relais-9.9.9-") && name.endsWith(".jsa"));
        assertThat(recorded.get(0)).isNotEqualTo("relais-9.9.9-5678.jsa");
        assertThat(folder.resolve("tuiles.txt")).exists();
        assertThat(javaArguments()).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + folder.resolve(recorded.get(0))))
                .contains("--data-dir");

        assertThat(start("--demo")).isZero();

        assertThat(javaArguments()).contains("-XX:SharedArchiveFile=" + folder.resolve(recorded.get(0)), "--demo");
        assertThat(archives()).containsExactlyElementsOf(recorded);
    }

    @Test
    void aCommandNeitherRecordsNorMapsAnArchive() throws Exception {
        assertThat(start("export", "directory", "--out", "contacts.csv")).isZero();

        assertThat(javaArguments()).noneMatch(a -> a.contains("Archive")).noneMatch(a -> a.startsWith("-XX:Tier4"))
                .contains("export", "contacts.csv");
        assertThat(archives()).isEmpty();
    }

    @Test
    void theWindowStartsWithTheCompilerCalledLaterWithOrWithoutAnArchive() throws Exception {
        assertThat(start("--data-dir", dir.resolve("data").toString())).isZero();
        assertThat(javaArguments()).contains("-XX:Tier4InvocationThreshold=15000", "-XX:Tier4CompileThreshold=45000");

        assertThat(start(Map.of("RELAIS_CDS", "0"), "--demo")).isZero();
        assertThat(javaArguments()).contains("-XX:Tier4InvocationThreshold=15000").noneMatch(a -> a.contains("Archive"));
    }

    @Test
    void optionsGivenInJavaOptsComeAfterTheLaunchersOwn() throws Exception {
        assertThat(start(Map.of("JAVA_OPTS", "-XX:Tier4InvocationThreshold=5000"), "--demo")).isZero();

        List<String> arguments = javaArguments();
        assertThat(arguments.lastIndexOf("-XX:Tier4InvocationThreshold=5000"))
                .isGreaterThan(arguments.indexOf("-XX:Tier4InvocationThreshold=15000"));
    }

    private int start(String... args) throws Exception {
        return start(Map.of(), args);
    }

    private int start(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().put("ARGUMENTS", arguments.toString());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("RELAIS_CDS");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private List<String> javaArguments() throws IOException {
        return Files.readAllLines(arguments, StandardCharsets.UTF_8);
    }

    private List<String> archives() throws IOException {
        Path folder = cache.resolve("relais");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa")).sorted().toList();
        }
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
