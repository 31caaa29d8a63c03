package fr.cress.relais.db.history;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.StaleDataException;
import fr.cress.relais.db.Store;
import fr.cress.relais.meetings.MeetingDraft;
import fr.cress.relais.meetings.MeetingSummary;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two Relais on one store (two composition roots, two stores opening the same H2 file): what one saves, the
 * other refuses to overwrite silently, sees after a poll, and the history names who did what.
 */
class TwoInstancesTest {

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

    private static Organisation organisation(String name) {
        Organisation blank = Organisation.blank();
        return new Organisation(null, name, "", blank.kind(), null, "", "", "Caen", "", "", "", "", List.of(), "",
                0, null);
    }

    private static Organisation withTown(Organisation o, String town) {
        return new Organisation(o.id(), o.name(), o.acronym(), o.kind(), o.legalForm(), o.address(), o.postalCode(),
                town, o.communeCode(), o.website(), o.email(), o.phone(), o.tags(), o.notes(), o.version(),
                o.updatedAt());
    }

    @Test
    void theSecondSaveIsRefusedAndTheFirstIsKept() {
        Organisation created = alice.partners().partners().save(organisation("URSCOP Normandie"));
        Organisation seenByBob = bob.partners().partners().directory().organisations().stream()
                .filter(o -> o.id().equals(created.id())).findFirst().orElseThrow();

        alice.partners().partners().save(withTown(created, "Hérouville-Saint-Clair"));
        assertThatThrownBy(() -> bob.partners().partners().save(withTown(seenByBob, "Bayeux")))
                .isInstanceOf(StaleDataException.class);

        Organisation stored = bob.partners().partners().directory().organisations().stream()
                .filter(o -> o.id().equals(created.id())).findFirst().orElseThrow();
        assertThat(stored.town()).isEqualTo("Hérouville-Saint-Clair");
    }

    @Test
    void eachSeesTheOthersNewMeetingAfterThePoll() {
        ChangeFeed aliceFeed = new ChangeFeed(alice.store().dsl());
        ChangeFeed bobFeed = new ChangeFeed(bob.store().dsl());

        var aliceMeetings = alice.meetings().services().meetings();
        long fromAlice = aliceMeetings.create(aliceMeetings.proposal(null), List.of());
        var bobMeetings = bob.meetings().services().meetings();
        MeetingDraft draft = bobMeetings.proposal(null);
        long fromBob = bobMeetings.create(new MeetingDraft(draft.groupId(), "Comité de pilotage", draft.startsAt(),
                draft.endsAt(), "Caen", null, null, null, List.of()), List.of());

        assertThat(bobFeed.poll()).anySatisfy(e -> {
            assertThat(e.table()).isEqualTo("meeting");
            assertThat(e.recordId()).isEqualTo(fromAlice);
            assertThat(e.changedBy()).isEqualTo("Alice Martin");
        });
        assertThat(aliceFeed.poll()).anySatisfy(e -> {
            assertThat(e.recordId()).isEqualTo(fromBob);
            assertThat(e.changedBy()).isEqualTo("Bob Durand");
        });
        assertThat(bobMeetings.list()).extracting(MeetingSummary::id).contains(fromAlice, fromBob);
        assertThat(aliceMeetings.list()).extracting(MeetingSummary::id).contains(fromAlice, fromBob);
        assertThat(bobFeed.poll()).isEmpty();
    }

    @Test
    void theHistoryNamesWhoChangedWhichFields() {
        Organisation created = alice.partners().partners().save(organisation("ARDES"));
        Organisation reread = bob.partners().partners().directory().organisations().stream()
                .filter(o -> o.id().equals(created.id())).findFirst().orElseThrow();
        bob.partners().partners().save(withTown(reread, "Alençon"));

        List<HistoryEntry> history = new ChangeHistoryRepository(alice.store().dsl()).forRecord("organisation", created.id());

        assertThat(history).extracting(HistoryEntry::operation, HistoryEntry::changedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UPDATE", "Bob Durand"),
                        org.assertj.core.groups.Tuple.tuple("INSERT", "Alice Martin"));
        Map<String, FieldChange> bobs = history.get(0).changes().stream()
                .collect(Collectors.toMap(FieldChange::column, c -> c));
        assertThat(bobs).containsOnlyKeys("town");
        assertThat(bobs.get("town")).isEqualTo(new FieldChange("town", "Caen", "Alençon"));
        assertThat(history.get(1).changes()).extracting(FieldChange::column).contains("name", "town", "kind")
                .doesNotContain("version", "updated_at");
    }
}
