package fr.cress.relais.common.settings;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataLocationsTest {

    private final Path home = Path.of("/home/claire");

    @Test
    void optionWinsOverEnvironmentWhichWinsOverTheSystemFolder() {
        Map<String, String> env = Map.of("RELAIS_DATA_DIR", "/srv/relais");
        assertThat(DataLocations.resolve(Path.of("/tmp/x"), false, env).base()).isEqualTo(Path.of("/tmp/x"));
        assertThat(DataLocations.resolve(null, false, env).base()).isEqualTo(Path.of("/srv/relais"));
    }

    @Test
    void eachSystemHasItsUsualDataFolder() {
        assertThat(DataLocations.osDefault("Linux", Map.of(), home)).isEqualTo(Path.of("/home/claire/.local/share/relais"));
        assertThat(DataLocations.osDefault("Linux", Map.of("XDG_DATA_HOME", "/data"), home)).isEqualTo(Path.of("/data/relais"));
        assertThat(DataLocations.osDefault("Windows 11", Map.of("APPDATA", "C:/Users/claire/AppData/Roaming"), home))
                .isEqualTo(Path.of("C:/Users/claire/AppData/Roaming/Relais"));
        assertThat(DataLocations.osDefault("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/claire/Library/Application Support/Relais"));
    }

    @Test
    void theExampleStoreLivesApart() {
        DataLocations real = new DataLocations(Path.of("/d"), false);
        DataLocations demo = new DataLocations(Path.of("/d"), true);
        assertThat(demo.storeFile()).isNotEqualTo(real.storeFile());
        assertThat(demo.uiSettingsFile()).isEqualTo(real.uiSettingsFile());
    }
}
