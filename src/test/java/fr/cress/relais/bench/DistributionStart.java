package fr.cress.relais.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Start-up as users get it: Relais through the launcher of the portable distribution (target/dist/relais, with
 * its class-data archive recorded at the first start and mapped afterwards), and the bare JavaFX window started
 * the same way (a jar beside the same JavaFX jars, its own archive recorded then mapped, same options).
 */
final class DistributionStart {

    private final Path dist;
    private final Path work;
    private final Children children;

    DistributionStart(Path dist, Path work, Children children) {
        this.dist = dist.toAbsolutePath();
        this.work = work.toAbsolutePath();
        this.children = children;
    }

    boolean available() {
        return Files.isExecutable(dist.resolve("bin/relais"));
    }

    /** Records both archives (two starts each), so that timed starts map them. */
    void prepare(Path store) throws Exception {
        deleteArchives();
        writeBareJar();
        for (int i = 0; i < 2; i++) {
            bare();
            relais(store);
        }
    }

    double bare() throws Exception {
        Path jsa = work.resolve("cache/bare.jsa");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Files.exists(jsa) ? "-XX:SharedArchiveFile=" + jsa : "-XX:ArchiveClassesAtExit=" + jsa,
                "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Dprism.order=sw",
                "-Drelais.startupProbe=true", "-Dfile.encoding=UTF-8",
                "-cp", work.resolve("bare.jar") + ":" + dist.resolve("lib") + "/*",
                BareWindow.Launcher.class.getName()));
        return children.command(command, Map.of()).get("STARTUP_MS").get(0);
    }

    /** {@code STARTUP_MS} and {@code FIRST_FRAME_MS} of one start of the distribution's launcher. */
    Map<String, List<Double>> relais(Path store) throws Exception {
        return children.command(List.of(dist.resolve("bin/relais").toString(), "--data-dir", store.toString()),
                Map.of("XDG_CACHE_HOME", work.resolve("cache").toString(), "JAVA_HOME", System.getProperty("java.home"),
                        "JAVA_OPTS", "-Dprism.order=sw -Drelais.startupProbe=true -Drelais.log.dir=" + work.resolve("logs")));
    }

    private void deleteArchives() throws IOException {
        Path cache = work.resolve("cache");
        Files.createDirectories(cache);
        try (var files = Files.walk(cache)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.delete(p);
            }
        }
    }

    /** BareWindow's classes in a jar: class-data archives only hold classes read from jars. */
    private void writeBareJar() throws IOException {
        Path classes = Path.of(BareWindow.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path dir = classes.resolve("fr/cress/relais/bench");
        try (OutputStream out = Files.newOutputStream(work.resolve("bare.jar")); JarOutputStream jar = new JarOutputStream(out);
             var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("BareWindow")).toList()) {
                jar.putNextEntry(new JarEntry("fr/cress/relais/bench/" + p.getFileName()));
                try (InputStream in = Files.newInputStream(p)) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
    }
}
