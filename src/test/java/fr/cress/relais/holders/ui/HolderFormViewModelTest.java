package fr.cress.relais.holders.ui;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.CurrentThreadTaskRunner;
import fr.cress.relais.common.feature.DataEvents;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.holders.Holder;
import fr.cress.relais.testing.TestStores;
import fr.cress.relais.testing.FailingDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The form's view model without a window: dirty tracking and the save, through a current-thread runner. */
class HolderFormViewModelTest {

    @TempDir
    Path dir;
    private Relais relais;
    private HolderFormViewModel form;

    @BeforeEach
    void open() {
        relais = TestStores.emptyRelais(dir);
        UiContext ui = new UiContext(relais.core().i18n(), new FailingDialogs(), new CurrentThreadTaskRunner(),
                UiSettings.inMemory(),
                (section, target) -> { }, new DataEvents());
        form = new HolderFormViewModel(relais.holders().holders(), ui);
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void aNewFormIsCleanUntilTheUserTypes() {
        form.newHolder();
        assertThat(form.dirty().get()).isFalse();

        form.displayName.set("Collectif du Passais");
        assertThat(form.dirty().get()).isTrue();

        form.displayName.set("");
        assertThat(form.dirty().get()).isFalse();
        form.needs.add("financement");
        assertThat(form.dirty().get()).isTrue();
    }

    @Test
    void whatIsSavedIsWhatWasTyped() {
        form.newHolder();
        form.displayName.set("Collectif du Passais ");
        form.commune.set(relais.holders().holders().commune("61145").orElseThrow());
        form.needs.add("statuts");
        form.needs.add("financement");
        long[] saved = new long[1];

        form.save(id -> saved[0] = id);

        Holder holder = relais.holders().holders().get(saved[0]);
        assertThat(holder.displayName()).isEqualTo("Collectif du Passais");
        assertThat(holder.communeCode()).isEqualTo("61145");
        assertThat(holder.needs()).containsExactly("financement", "statuts");
        form.load(holder, relais.holders().holders().commune("61145").orElseThrow());
        assertThat(form.dirty().get()).isFalse();
    }
}
