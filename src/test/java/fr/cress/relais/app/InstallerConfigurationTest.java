package fr.cress.relais.app;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installer configuration agrees with the build and the code: the files it names exist, the menu entry
 * starts the launcher the package installs with the icon it installs, the window is matched to that entry.
 * (Building the installers themselves is {@code mvn -Pinstaller package}, not part of the tests.)
 */
class InstallerConfigurationTest {

    private static final Path INSTALLER = Path.of("installer");

    @Test
    void everyIconSizeIsRenderedAtItsSize() throws IOException {
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            try (InputStream in = Files.newInputStream(Path.of("assets/icon/png/relais-" + size + ".png"))) {
                assertThat(pngSize(in)).as("relais-%d.png", size).containsExactly(size, size);
            }
        }
        assertThat(Files.readAllBytes(Path.of("assets/icon/relais.ico"))).startsWith(0, 0, 1, 0);
        assertThat(Files.readAllBytes(Path.of("assets/icon/relais.icns"))).startsWith('i', 'c', 'n', 's');
        assertThat(Path.of("assets/icon/relais.svg")).isRegularFile();
    }

    @Test
    void theWindowHasTheIconInEachSizeItAsksFor() throws IOException {
        for (int size : WindowIcons.SIZES) {
            try (InputStream in = WindowIcons.class.getResourceAsStream("/fr/cress/relais/app/icon-" + size + ".png")) {
                assertThat(in).as("icon-%d.png", size).isNotNull();
                assertThat(pngSize(in)).containsExactly(size, size);
            }
        }
    }

    @Test
    void theMenuEntryStartsTheInstalledLauncherWithTheInstalledIcon() throws Exception {
        Map<String, String> entry = desktopEntry(INSTALLER.resolve("linux/relais.desktop"));
        Map<String, String> deb = options(INSTALLER.resolve("linux/deb.options"));

        assertThat(entry.get("Name")).isEqualTo(pom("/project/name"));
        assertThat(entry.get("Exec")).isEqualTo("APPLICATION_LAUNCHER"); // jpackage writes the launcher path
        assertThat(entry.get("Icon")).isEqualTo(deb.get("--name")).isEqualTo("relais");
        assertThat(entry.get("Categories")).startsWith("Office;").endsWith(";");
        assertThat(entry.get("StartupWMClass")).isEqualTo(RelaisApp.class.getName());
        assertThat(Files.readString(INSTALLER.resolve("linux/postinst")))
                .contains("/usr/share/applications/relais.desktop", "/usr/share/icons/hicolor/", "/usr/bin/relais")
                .contains("APP=/opt/" + deb.get("--name"));
    }

    @Test
    void theLauncherRunsTheJarAndMainClassTheBuildMakes() throws Exception {
        Map<String, String> image = options(INSTALLER.resolve("app-image.options"));
        assertThat(image.get("--main-class")).isEqualTo(pom("/project/properties/main.class"))
                .isEqualTo(Launcher.class.getName());
        assertThat(Files.readString(Path.of("pom.xml"))).contains("/lib/" + image.get("--main-jar") + "\"");
        assertThat(options(INSTALLER.resolve("package.options")).get("--vendor")).isEqualTo("CRESS");
    }

    @Test
    void theInstalledWindowStartsWithTheCompilerSettingsOfThePortableLaunchers() throws Exception {
        List<String> installed = Files.readAllLines(INSTALLER.resolve("app-image.options"), StandardCharsets.UTF_8).stream()
                .map(String::trim).filter(l -> l.startsWith("--java-options -XX:"))
                .map(l -> l.substring("--java-options ".length())).toList();
        assertThat(installed).isNotEmpty().allMatch(o -> !o.contains(" "), "one Java argument a line");
        for (String launcher : List.of("src/dist/bin/relais", "src/dist/bin/relais.bat")) {
            String line = Files.readAllLines(Path.of(launcher), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("JIT_OPTS=\"-XX:") || l.contains("\"JIT_OPTS=-XX:"))
                    .findFirst().orElseThrow();
            String value = line.substring(line.indexOf("-XX:"), line.lastIndexOf('"')).trim();
            assertThat(List.of(value.split(" "))).as(launcher).containsExactlyElementsOf(installed);
        }
    }

    @Test
    void everyFileTheOptionsNameExists() throws IOException {
        List<String> files = List.of("app-image.options", "package.options", "linux/app-image.options",
                "linux/deb.options", "windows/app-image.options", "windows/msi.options", "macos/app-image.options",
                "macos/dmg.options");
        for (String file : files) {
            options(INSTALLER.resolve(file)).forEach((option, value) -> {
                switch (option) {
                    case "--icon", "--license-file" -> assertThat(Path.of(value)).as(file).isRegularFile();
                    case "--resource-dir" -> assertThat(Path.of(value)).as(file).isDirectory();
                    case "--add-launcher" -> assertThat(Path.of(value.substring(value.indexOf('=') + 1))).isRegularFile();
                    default -> { }
                }
            });
        }
        assertThat(UUID.fromString(options(INSTALLER.resolve("windows/msi.options")).get("--win-upgrade-uuid")))
                .as("a fixed upgrade code lets a newer .msi replace the older one").isNotNull();
    }

    @Test
    void theVersionShownIsThePomsSemanticVersion() throws Exception {
        String version = pom("/project/version");
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
        assertThat(AppInfo.version()).isEqualTo(version);
        assertThat(pom("/project/profiles/profile[id='installer']//exec/arg[1]/@value"))
                .isEqualTo("installer/Packager.java");
        assertThat(INSTALLER.resolve("Packager.java")).isRegularFile();
    }

    /** Width and height from the IHDR chunk, which every PNG starts with. */
    private static int[] pngSize(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] header = new byte[16];
        data.readFully(header);
        assertThat(new String(header, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
        return new int[] {data.readInt(), data.readInt()};
    }

    private static Map<String, String> desktopEntry(Path file) throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                keys.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return keys;
    }

    /** The packager's options format: one option a line, a space, its value; # starts a comment. */
    private static Map<String, String> options(Path file) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                int space = trimmed.indexOf(' ');
                options.put(space < 0 ? trimmed : trimmed.substring(0, space),
                        space < 0 ? "" : trimmed.substring(space + 1).trim());
            }
        }
        return options;
    }

    private static String pom(String xpath) throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        return XPathFactory.newInstance().newXPath().evaluate(xpath, pom);
    }
}
