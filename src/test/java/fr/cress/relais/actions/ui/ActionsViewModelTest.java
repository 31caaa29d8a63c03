package fr.cress.relais.actions.ui;

import fr.cress.relais.actions.ActionDetail;
import fr.cress.relais.actions.ContactRef;
import fr.cress.relais.actions.Directory;
import fr.cress.relais.actions.JointAction;
import fr.cress.relais.actions.ProgrammeSnapshot;
import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.CurrentThreadTaskRunner;
import fr.cress.relais.common.feature.DataEvents;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.testing.FailingDialogs;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tree comes without the contacts; the editor still offers every organisation and contact (sorted as
 * before) once an action is opened or started, and reads them again only after a change elsewhere.
 */
class ActionsViewModelTest {

    @TempDir
    Path dir;
    private Relais relais;
    private ActionsViewModel model;
    private final AtomicInteger directoryReads = new AtomicInteger();

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
        UiContext ui = new UiContext(relais.core().i18n(), new FailingDialogs(), new CurrentThreadTaskRunner(),
                UiSettings.inMemory(), (section, target) -> { }, new DataEvents());
        model = new ActionsViewModel(ui, relais.actions().programmes(), relais.actions().actions(), null,
                () -> {
                    directoryReads.incrementAndGet();
                    return relais.actions().actions().directory();
                });
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void theTreeShowsEveryActionWithItsPartnersNamesWithoutReadingTheContacts() {
        model.loadProgrammes(null, null);

        ProgrammeSnapshot shown = model.snapshot.get();
        ProgrammeSnapshot full = relais.actions().programmes().snapshot(shown.programme().id());
        assertThat(shown.actions()).containsExactlyElementsOf(full.actions());
        assertThat(shown.actions()).allSatisfy(a -> {
            assertThat(shown.ref(a)).isEqualTo(full.ref(a));
            assertThat(shown.partnerLabels(a)).isEqualTo(full.partnerLabels(a));
            assertThat(model.searchText(a)).isEqualTo(ActionTree.searchText(full, a, relais.core().i18n()));
        });
        assertThat(shown.directory().contacts()).isEmpty();
        assertThat(model.choices.get()).isNull();
        assertThat(directoryReads).hasValue(0);
    }

    @Test
    void openingAnActionOffersEveryContactAndOrganisationAndShowsItsOwn() {
        model.loadProgrammes(null, null);
        JointAction withContacts = model.snapshot.get().actions().stream()
                .filter(a -> !model.snapshot.get().contactsOf(a).isEmpty()).findFirst().orElseThrow();

        model.open(withContacts);

        Directory expected = relais.actions().actions().directory();
        Directory offered = model.choices.get();
        assertThat(offered.contactsInOrder()).containsExactlyElementsOf(expected.contactsInOrder());
        assertThat(offered.organisationsInOrder()).containsExactlyElementsOf(expected.organisationsInOrder());
        ActionDetail detail = relais.actions().actions().detail(withContacts.id());
        assertThat(model.editor.contacts()).extracting(ContactRef::id).containsExactlyElementsOf(detail.contactIds());
        assertThat(model.editor.contacts()).allSatisfy(c -> assertThat(c.label()).isNotBlank());
        assertThat(model.editor.partners()).hasSize(detail.partners().size());
    }

    @Test
    void theDirectoryIsReadOnceThenAgainOnlyAfterAChangeElsewhere() {
        model.loadProgrammes(null, null);
        JointAction first = model.snapshot.get().actions().get(0);

        model.open(first);
        model.open(model.snapshot.get().actions().get(1));
        model.reload(null);
        model.newAction(null);
        assertThat(directoryReads).hasValue(1);

        model.directoryChanged();
        model.open(first);
        assertThat(directoryReads).hasValue(2);
    }

    @Test
    void aNewActionOffersTheWholeDirectory() {
        model.loadProgrammes(null, null);

        model.newAction(null);

        assertThat(model.choices.get().contactsInOrder())
                .containsExactlyElementsOf(relais.actions().actions().directory().contactsInOrder());
    }
}
