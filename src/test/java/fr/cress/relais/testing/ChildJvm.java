package fr.cress.relais.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of the tests in another JVM with the same class path: another Relais process. */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static Process start(Class<?> main, Path logDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "-Drelais.log.dir=" + logDir, "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
