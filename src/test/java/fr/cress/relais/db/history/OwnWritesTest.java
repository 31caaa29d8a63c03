package fr.cress.relais.db.history;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Relais on one store, each with the feed its window polls: what a window wrote itself is not news to it
 * (its views refreshed when it wrote); what the other wrote is, even under the same name once the own write ended.
 */
class OwnWritesTest {

    @TempDir
    Path dir;
    private Relais alice;
    private Relais bob;

    @BeforeEach
    void open() {
        DataLocations locations = new DataLocations(dir, false);
        alice = Relais.on(Store.open(locations), locations, I18n.french(), TestStores.CLOCK);
        bob = Relais.on(Store.open(locations), locations, I18n.french(), TestStores.CLOCK);
        alice.store().actingUser().use("Alice Martin");
        bob.store().actingUser().use("Bob Durand");
    }

    @AfterEach
    void close() {
        bob.close();
        alice.close();
    }

    private static ChangeFeed feedOf(Relais relais) {
        return new ChangeFeed(relais.store().dsl(), relais.store().ownWrites());
    }

    private static Organisation organisation(String name) {
        Organisation blank = Organisation.blank();
        return new Organisation(null, name, "", blank.kind(), null, "", "", "Caen", "", "", "", "", List.of(), "",
                0, null);
    }

    @Test
    void aSaveIsNewsToTheOtherWindowOnly() {
        ChangeFeed aliceFeed = feedOf(alice);
        ChangeFeed bobFeed = feedOf(bob);

        Organisation saved = alice.partners().partners().save(organisation("URSCOP Normandie"));

        assertThat(aliceFeed.poll()).isEmpty();
        assertThat(bobFeed.poll()).anySatisfy(e -> {
            assertThat(e.table()).isEqualTo("organisation");
            assertThat(e.recordId()).isEqualTo(saved.id());
            assertThat(e.changedBy()).isEqualTo("Alice Martin");
        });
    }

    @Test
    void theExampleProgrammeLoadedInOneTransactionIsNotToldBackToTheWindowThatLoadedIt() {
        ChangeFeed aliceFeed = feedOf(alice);
        ChangeFeed bobFeed = feedOf(bob);

        alice.demoLoader().load();

        assertThat(aliceFeed.poll()).isEmpty();
        assertThat(bobFeed.poll()).extracting(HistoryEntry::table).contains("organisation", "meeting", "joint_action");
        assertThat(aliceFeed.poll()).isEmpty();
    }

    @Test
    void aWriteElsewhereUnderTheSameNameAfterOwnWritesIsNews() {
        bob.store().actingUser().use("Alice Martin"); // the same person on a second computer
        ChangeFeed aliceFeed = feedOf(alice);
        alice.partners().partners().save(organisation("ARDES"));

        Organisation fromBob = bob.partners().partners().save(organisation("AFIP"));

        assertThat(aliceFeed.poll()).extracting(HistoryEntry::recordId).containsExactly(fromBob.id());
    }

    @Test
    void aWindowThatOnlyReadIsToldEveryWriteUnderItsName() {
        bob.store().actingUser().use("Alice Martin");
        ChangeFeed aliceFeed = feedOf(alice);
        alice.partners().partners().directory();

        Organisation fromBob = bob.partners().partners().save(organisation("Territoires etc."));

        assertThat(aliceFeed.poll()).extracting(HistoryEntry::recordId).containsExactly(fromBob.id());
    }

    @Test
    void onTheTestStoreOfEitherKindOwnWritesAreLeftOutAndAnotherNamesAreNot(@TempDir Path other) {
        try (Relais relais = TestStores.emptyRelais(other)) {
            relais.store().actingUser().use("Alice Martin");
            ChangeFeed feed = feedOf(relais);
            relais.partners().partners().save(organisation("UREI"));
            assertThat(feed.poll()).isEmpty();

            relais.store().actingUser().use("Bob Durand");
            Organisation fromBob = relais.partners().partners().save(organisation("COORACE"));
            relais.store().actingUser().use("Alice Martin");

            assertThat(feed.poll()).extracting(HistoryEntry::recordId, HistoryEntry::changedBy)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(fromBob.id(), "Bob Durand"));
        }
    }

    @Test
    void aFeedWithoutOwnWritesTellsEverything() {
        ChangeFeed everything = new ChangeFeed(alice.store().dsl());

        Organisation saved = alice.partners().partners().save(organisation("PIVERT"));

        assertThat(everything.poll()).extracting(HistoryEntry::recordId).containsExactly(saved.id());
    }
}
