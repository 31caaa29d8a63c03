package fr.cress.relais.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs a child JVM on the benchmark's class path and collects the {@code NAME_MS=value} lines it prints. */
final class Children {

    private final Path logs;
    private int count;

    Children(Path logs) {
        this.logs = logs;
    }

    /** {@code main} is the main class and its arguments; {@code jvm} extra JVM options. Fails on a non-zero exit. */
    Map<String, List<Double>> run(List<String> main, List<String> jvm) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dprism.order=sw",
                "-Drelais.log.dir=" + logs.resolve("relais")));
        command.addAll(jvm);
        command.addAll(main);
        return command(command, Map.of());
    }

    /** Runs any command (a launcher script) with extra environment variables. */
    Map<String, List<Double>> command(List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Path log = logs.resolve(String.format("child-%03d.log", ++count));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("child " + command + " did not finish, see " + log);
        }
        int code = process.exitValue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (code != 0) {
            throw new IllegalStateException("child " + command + " exited with " + code + ", see " + log);
        }
        Map<String, List<Double>> values = new HashMap<>();
        output.lines().filter(l -> l.matches("[A-Za-z_]+=\\d+(\\.\\d+)?")).forEach(l -> values
                .computeIfAbsent(l.substring(0, l.indexOf('=')), k -> new ArrayList<>())
                .add(Double.parseDouble(l.substring(l.indexOf('=') + 1))));
        return values;
    }
}
