package fr.cress.relais.common.settings;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.db.ServerUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The address of a shared store: only what the allow-list accepts reaches the JDBC URL. */
class ServerAddressTest {

    @TempDir
    Path dataDir;

    @Test
    void aPlainAddressGivesAUrlWithTheAllowListedSettingsOnly() {
        ServerAddress server = ServerAddress.parse("postgresql://db.cress-normandie.org:5433/relais", "coordination");

        assertThat(ServerUrl.of(server)).isEqualTo("jdbc:postgresql://db.cress-normandie.org:5433/relais"
                + "?sslmode=prefer&connectTimeout=10&ApplicationName=Relais");
        assertThat(server.display()).isEqualTo("coordination@db.cress-normandie.org:5433/relais");
        assertThat(ServerAddress.parse("postgresql://10.0.0.7/relais", "u").port()).isEqualTo(5432);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "postgresql://host:5432/relais?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext",
            "postgresql://host:5432/relais&socketFactoryArg=http://evil/x.xml",
            "postgresql://host:5432/relais;INIT=RUNSCRIPT",
            "postgresql://host:5432/relais/other",
            "postgresql://host:5432/rel ais",
            "postgresql://ho?st:5432/relais",
            "postgresql://host:99999/relais",
            "postgresql://user:secret@host/relais",
            "jdbc:postgresql://host/relais",
            "postgresql://host/relais#x",
            "mysql://host/relais"})
    void anAddressCarryingAnythingElseIsRefusedInFrench(String url) {
        assertThatThrownBy(() -> ServerAddress.parse(url, "relais"))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).messageKey()).startsWith("common.server."));
    }

    @Test
    void partsTypedInTheDialogAreCheckedOneByOne() {
        assertThatThrownBy(() -> new ServerAddress("host&sslfactory=x", 5432, "relais", "u"))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> new ServerAddress("host", 5432, "relais?ssl=false", "u"))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> new ServerAddress("host", 5432, "relais", "u&password=x"))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> new ServerAddress("host", 5432, "relais", "public;drop", "u", null))
                .isInstanceOf(BadInputException.class);
        assertThat(ServerUrl.of(new ServerAddress("[::1]", 5432, "relais", "equipe", "u",
                ServerAddress.SslMode.VERIFY_FULL)))
                .isEqualTo("jdbc:postgresql://[::1]:5432/relais?sslmode=verify-full&currentSchema=equipe"
                        + "&connectTimeout=10&ApplicationName=Relais");
    }

    @Test
    void theChoiceIsKeptInTheDataFolderWithoutAnyPassword() throws Exception {
        StoreChoice choice = new StoreChoice(dataDir);
        assertThat(choice.server()).isEmpty();

        choice.choose(new ServerAddress("db.local", 5432, "relais", "coordination"));

        assertThat(choice.server()).contains(new ServerAddress("db.local", 5432, "relais", "coordination"));
        assertThat(Files.readString(choice.file())).doesNotContainIgnoringCase("password");
        choice.chooseEmbedded();
        assertThat(choice.server()).isEmpty();
    }

    @Test
    void theCommandLineWinsOverTheEnvironmentWhichWinsOverTheSettings() {
        StoreChoice choice = new StoreChoice(dataDir);
        choice.choose(new ServerAddress("saved", 5432, "relais", "coordination"));

        assertThat(choice.resolve(null, null, Map.of())).map(ServerAddress::host).contains("saved");
        assertThat(choice.resolve(null, null, Map.of("RELAIS_STORE", "postgresql://env/relais")))
                .map(ServerAddress::display).contains("coordination@env:5432/relais");
        assertThat(choice.resolve("postgresql://option/relais", "obs", Map.of("RELAIS_STORE", "postgresql://env/x")))
                .map(ServerAddress::display).contains("obs@option:5432/relais");
        assertThat(choice.resolve("embedded", null, Map.of())).isEmpty();
    }

    @Test
    void anUnreadableChoiceIsToldWithTheFileToFix() throws Exception {
        Files.writeString(dataDir.resolve("store.properties"), "kind=postgresql\nhost=evil?x=1\ndatabase=relais\nuser=u\n");

        assertThatThrownBy(() -> new StoreChoice(dataDir).server())
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).messageKey()).isEqualTo("common.server.badSettings"));
    }
}
