import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the Relais installers for the operating system it runs on, from the portable distribution that
 * {@code mvn package} leaves in {@code target/dist/relais}:
 * <ol>
 *   <li>lists the Java modules the application needs with jdeps, plus those of {@code runtime.modules};</li>
 *   <li>makes a trimmed Java runtime with jlink ({@code jlink.options});</li>
 *   <li>makes the application image with jpackage, then the installers from it: .deb and a .tar.gz on
 *       Linux, .msi and a portable .zip on Windows, .dmg on macOS.</li>
 * </ol>
 * The jpackage options live in {@code *.options} files, one option a line, {@code #} starts a comment:
 * {@code installer/<stage>.options} for every system, then {@code installer/<os>/<stage>.options}, where
 * the stage is {@code app-image}, {@code package} (every installer) or the installer type.
 * <p>
 * Run from the project root: {@code java installer/Packager.java --version 0.1.0 [--types deb,archive]}
 * ({@code mvn -Pinstaller package} does it).
 */
public final class Packager {

    private static final Path INSTALLER = Path.of("installer");

    private final String version;
    private final Path dist;
    private final Path out;
    private final Os os;
    private final List<String> types;
    private final boolean verbose;

    private Packager(Map<String, String> args) {
        this.version = require(args, "version");
        this.dist = Path.of(args.getOrDefault("dist", "target/dist/relais"));
        this.out = Path.of(args.getOrDefault("out", "target/installer"));
        this.os = Os.current();
        String requested = args.getOrDefault("types", "").trim();
        this.types = requested.isEmpty() ? os.types : Arrays.asList(requested.split("\\s*,\\s*"));
        this.verbose = Boolean.parseBoolean(args.getOrDefault("verbose", "false"));
    }

    public static void main(String[] argv) throws Exception {
        if (!Files.isRegularFile(INSTALLER.resolve("Packager.java"))) {
            fail("run the packager from the project root (the folder holding pom.xml)");
        }
        new Packager(parse(argv)).run();
    }

    private void run() throws IOException {
        Path lib = dist.resolve("lib");
        if (!Files.isRegularFile(lib.resolve("relais.jar"))) {
            fail(lib + "/relais.jar is missing: run `mvn package` first");
        }
        deleteTree(out);
        Files.createDirectories(out);
        long start = System.nanoTime();
        Path runtime = jlink(modules(lib));
        Path image = appImage(lib, runtime);
        for (String type : types) {
            if (type.equals("archive")) {
                archive(image);
            } else if (!type.equals("app-image")) {
                installer(type, image);
            }
        }
        report(runtime, image, start);
    }

    /** Modules found by jdeps, plus those loaded by reflection or service lookup that jdeps cannot see. */
    private List<String> modules(Path lib) throws IOException {
        List<String> classPath;
        try (Stream<Path> jars = Files.list(lib)) {
            classPath = jars.filter(p -> p.toString().endsWith(".jar") && !p.endsWith("relais.jar"))
                    .map(Path::toString).sorted().collect(Collectors.toList());
        }
        String found = tool("jdeps", true, "--multi-release", "17", "--ignore-missing-deps", "-q", "--recursive",
                "--print-module-deps", "--class-path", String.join(java.io.File.pathSeparator, classPath),
                lib.resolve("relais.jar").toString()).trim();
        TreeSet<String> modules = new TreeSet<>(Arrays.asList(found.split(",")));
        modules.addAll(readOptionLines(INSTALLER.resolve("runtime.modules")));
        Files.writeString(out.resolve("runtime.modules.txt"), String.join("\n", modules) + "\n");
        log("modules: " + String.join(",", modules));
        return new ArrayList<>(modules);
    }

    private Path jlink(List<String> modules) throws IOException {
        Path runtime = out.resolve("runtime");
        List<String> args = new ArrayList<>(List.of("--add-modules", String.join(",", modules),
                "--output", runtime.toString()));
        args.addAll(options(INSTALLER.resolve("jlink.options")));
        tool("jlink", false, args.toArray(String[]::new));
        // The archive for heaps over 32 GB: never used by a desktop application.
        Files.deleteIfExists(runtime.resolve("lib/server/classes_nocoops.jsa"));
        return runtime;
    }

    private Path appImage(Path lib, Path runtime) throws IOException {
        Path dest = out.resolve("image");
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--dest", dest.toString(),
                "--input", lib.toString(), "--runtime-image", runtime.toString(),
                "--app-version", os.packageVersion(version)));
        args.addAll(stageOptions("app-image"));
        jpackage(args);
        Path image;
        try (Stream<Path> made = Files.list(dest)) {
            image = made.findFirst().orElseThrow(() -> new IllegalStateException("jpackage made no image"));
        }
        if (os != Os.MAC) { // a macOS bundle is left as jpackage made it; its .dmg shows the licence
            Files.copy(Path.of("LICENSE"), image.resolve("LICENSE"));
        }
        if (os == Os.LINUX) {
            addThemeIcons(image.resolve("lib/icons/hicolor"));
        }
        return image;
    }

    /** Every icon size, laid out as in an icon theme: the .deb installs them for the menus (see linux/postinst). */
    private static void addThemeIcons(Path hicolor) throws IOException {
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512}) {
            Path target = hicolor.resolve(size + "x" + size).resolve("apps/relais.png");
            Files.createDirectories(target.getParent());
            Files.copy(Path.of("assets/icon/png/relais-" + size + ".png"), target);
        }
    }

    private void installer(String type, Path image) throws IOException {
        List<String> args = new ArrayList<>(List.of("--type", type, "--dest", out.toString(),
                "--app-image", image.toString(), "--app-version", os.packageVersion(version)));
        args.addAll(stageOptions("package"));
        args.addAll(stageOptions(type));
        jpackage(args);
        nameAfterVersion(type);
    }

    /** An installer whose version had to be changed for its system still carries the real one in its name. */
    private void nameAfterVersion(String type) throws IOException {
        String packaged = os.packageVersion(version);
        if (packaged.equals(version) || type.equals("deb")) {
            return; // a .deb name holds the Debian spelling of the version, as apt expects
        }
        String suffix = "-" + packaged + "." + type;
        try (Stream<Path> made = Files.list(out)) {
            for (Path p : (Iterable<Path>) made.filter(p -> p.getFileName().toString().endsWith(suffix))::iterator) {
                String name = p.getFileName().toString();
                Files.move(p, p.resolveSibling(name.replace(suffix, "-" + version + "." + type)));
            }
        }
    }

    private void jpackage(List<String> args) {
        if (verbose) {
            args.add("--verbose");
        }
        tool("jpackage", false, args.toArray(String[]::new));
    }

    /** The application image as one archive that runs where it is unpacked (no installation). */
    private void archive(Path image) throws IOException {
        String base = "relais-" + version + "-" + os.id + "-" + arch();
        if (os == Os.WINDOWS) {
            zip(image, out.resolve(base + ".zip"));
        } else {
            // tar keeps the permissions and links that the launcher needs.
            run(List.of("tar", "-czf", out.resolve(base + ".tar.gz").toString(), "-C",
                    image.getParent().toString(), image.getFileName().toString()));
        }
    }

    private List<String> stageOptions(String stage) throws IOException {
        List<String> args = new ArrayList<>(options(INSTALLER.resolve(stage + ".options")));
        args.addAll(options(INSTALLER.resolve(os.id).resolve(stage + ".options")));
        return args;
    }

    /** Reads an options file: each line is an option, a space, then its value (kept whole, spaces included). */
    private static List<String> options(Path file) throws IOException {
        List<String> args = new ArrayList<>();
        for (String line : readOptionLines(file)) {
            int space = line.indexOf(' ');
            args.add(space < 0 ? line : line.substring(0, space));
            if (space >= 0) {
                args.add(line.substring(space + 1).trim());
            }
        }
        return args;
    }

    private static List<String> readOptionLines(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
    }

    /** Runs a JDK tool in this process; returns what it printed when {@code capture} is set. */
    private static String tool(String name, boolean capture, String... args) {
        ToolProvider provider = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is missing: build with a full JDK 17 or newer"));
        log(name + " " + String.join(" ", args).replaceAll("--class-path \\S+", "--class-path <lib/*.jar>"));
        StringWriter text = new StringWriter();
        PrintWriter stdout = capture ? new PrintWriter(text) : new PrintWriter(System.out, true);
        int code = provider.run(stdout, new PrintWriter(System.err, true), args);
        stdout.flush();
        if (code != 0) {
            fail(name + " failed (exit code " + code + ")" + (capture ? ":\n" + text : ""));
        }
        return text.toString();
    }

    private static void run(List<String> command) throws IOException {
        log(String.join(" ", command));
        try {
            int code = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (code != 0) {
                fail(command.get(0) + " failed (exit code " + code + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void zip(Path dir, Path target) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(file);
             Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = dir.getParent().relativize(p).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(name));
                Files.copy(p, zip);
                zip.closeEntry();
            }
        }
    }

    private void report(Path runtime, Path image, long start) throws IOException {
        log(String.format(Locale.ROOT, "runtime %s, application image %s, built in %d s", mb(size(runtime)),
                mb(size(image)), (System.nanoTime() - start) / 1_000_000_000L));
        try (Stream<Path> made = Files.list(out)) {
            for (Path p : (Iterable<Path>) made.filter(Files::isRegularFile).sorted()::iterator) {
                log(String.format(Locale.ROOT, "  %-48s %s", p.getFileName(), mb(Files.size(p))));
            }
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static String arch() {
        String arch = System.getProperty("os.arch");
        return arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static Map<String, String> parse(String[] argv) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
                fail("usage: java installer/Packager.java --version X.Y.Z [--types LIST] [--dist DIR] [--out DIR]");
            }
            args.put(argv[i].substring(2), argv[++i]);
        }
        return args;
    }

    private static String require(Map<String, String> args, String name) {
        String value = args.get(name);
        if (value == null || value.isBlank()) {
            fail("--" + name + " is required");
        }
        return value;
    }

    private static void log(String message) {
        System.out.println("[installer] " + message);
    }

    private static void fail(String message) {
        System.err.println("[installer] " + message);
        System.exit(1);
    }

    /** What each system builds, and how it spells the version of a package. */
    enum Os {
        LINUX("linux", List.of("archive", "deb")),
        WINDOWS("windows", List.of("archive", "msi")),
        MAC("macos", List.of("dmg"));

        final String id;
        final List<String> types;

        Os(String id, List<String> types) {
            this.id = id;
            this.types = types;
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.contains("win") ? WINDOWS : name.contains("mac") ? MAC : LINUX;
        }

        /**
         * Installers accept numbers only: a pre-release qualifier ({@code 0.2.0-rc.1}) becomes a Debian
         * tilde ({@code 0.2.0~rc.1}, which sorts before 0.2.0) and is dropped for Windows and macOS.
         * macOS refuses a major version of 0: a 0.y.z bundle is numbered 1.y.z (the application itself,
         * its About dialog and {@code --version} show the real version).
         */
        String packageVersion(String version) {
            String[] parts = version.split("-", 2);
            String numbers = parts[0];
            if (this == LINUX) {
                return parts.length == 1 ? numbers : numbers + "~" + parts[1].replace('-', '.');
            }
            if (this == MAC && numbers.startsWith("0.")) {
                return "1." + numbers.substring(2);
            }
            return numbers;
        }
    }
}
