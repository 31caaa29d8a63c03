package fr.cress.relais.holders.ui;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.CurrentThreadTaskRunner;
import fr.cress.relais.common.feature.DataEvents;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.holders.Holder;
import fr.cress.relais.holders.HolderRow;
import fr.cress.relais.holders.HolderService;
import fr.cress.relais.testing.TestStores;
import fr.cress.relais.testing.FailingDialogs;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The section opens with its list only; its detail (form, suggestions, referrals, history) is built when a
 * holder is first opened, and then shows that holder; a navigation target selects the holder it names; shown
 * again without a change, the list is not read again, after a change it is.
 */
class HoldersViewOpeningTest {

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Relais relais;
    private HolderService service;
    private HoldersView view;
    private StackPane host;

    @BeforeEach
    void open() throws Exception {
        relais = TestStores.demoRelais(dir);
        service = relais.holders().holders();
        UiContext ui = new UiContext(relais.core().i18n(), new FailingDialogs(), new CurrentThreadTaskRunner(),
                UiSettings.inMemory(), (section, target) -> { }, new DataEvents());
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            view = new HoldersView(relais.holders(), ui);
            host = new StackPane(view.node());
            s.setScene(new Scene(host, 1280, 800));
            s.show();
        });
        assertThat(stage).isNotNull();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        relais.close();
    }

    private TableView<HolderRow> table() {
        return view.listPane().table();
    }

    private String formName() {
        return robot.lookup("#holder-name").tryQuery().map(n -> ((TextField) n).getText()).orElse(null);
    }

    @Test
    void theListShowsBeforeAnyDetailIsBuiltThenSelectingAHolderShowsItsForm() throws Exception {
        robot.interact(() -> view.shown(null));

        assertThat(table().getItems()).extracting(HolderRow::id)
                .containsExactlyElementsOf(service.rows().stream().map(HolderRow::id).toList());
        assertThat(robot.lookup("#holder-form").tryQuery()).as("no form before a holder is opened").isEmpty();
        assertThat(robot.lookup("#holders-tab-form").tryQuery()).isEmpty();

        HolderRow row = table().getItems().get(3);
        robot.interact(() -> table().getSelectionModel().select(row));
        WaitForAsyncUtils.waitForFxEvents();

        Holder holder = service.get(row.id());
        assertThat(formName()).isEqualTo(holder.displayName());
        assertThat(robot.lookup("#holder-project").queryAs(TextField.class).getText())
                .isEqualTo(Objects.toString(holder.projectName(), ""));
        assertThat(robot.lookup("#holder-commune").queryAs(TextField.class).getText())
                .contains(row.communeName() == null ? "" : row.communeName());
        assertThat(view.formPane().node().isVisible()).isTrue();
    }

    @Test
    void aNavigationTargetSelectsTheHolderItNames() throws Exception {
        List<HolderRow> rows = service.rows();
        HolderRow last = rows.get(rows.size() - 1);

        robot.interact(() -> view.shown(last.id()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table().getSelectionModel().getSelectedItem()).extracting(HolderRow::id).isEqualTo(last.id());
        assertThat(formName()).isEqualTo(service.get(last.id()).displayName());

        HolderRow other = rows.get(0);
        robot.interact(() -> view.shown(other.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getSelectionModel().getSelectedItem()).extracting(HolderRow::id).isEqualTo(other.id());
        assertThat(formName()).isEqualTo(service.get(other.id()).displayName());
    }

    @Test
    void theToolbarTooltipsComeWithTheMouseNotWithTheSection() throws Exception {
        robot.interact(() -> view.shown(null));
        javafx.scene.control.Button add = robot.lookup("#holders-new").queryButton();
        assertThat(add.getTooltip()).as("no popup window built with the section").isNull();

        robot.moveTo(add).moveBy(3, 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(add.getTooltip()).isNotNull();
        assertThat(add.getTooltip().getText()).isEqualTo("Nouveau porteur (Ctrl+N)");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> add.getTooltip().isShowing());
    }

    @Test
    void ctrlNOpensAnEmptyFormBeforeAnyHolderWasOpened() throws Exception {
        robot.interact(() -> view.shown(null));

        robot.interact(() -> view.newHolder());

        assertThat(formName()).isNullOrEmpty();
        assertThat(table().getSelectionModel().getSelectedItem()).isNull();
    }

    @Test
    void shownAgainTheListIsReadAgainOnlyAfterAChange() throws Exception {
        robot.interact(() -> view.shown(null));
        HolderRow row = table().getItems().get(0);
        robot.interact(() -> table().getSelectionModel().select(row));
        AtomicReference<List<HolderRow>> before = new AtomicReference<>(List.copyOf(view.list().all()));

        robot.interact(() -> {
            host.getChildren().clear();
            host.getChildren().add(view.node());
            view.shown(null);
        });
        assertThat(view.list().all()).as("the same rows, not read again").hasSameSizeAs(before.get())
                .allSatisfy(r -> assertThat(before.get()).anyMatch(b -> b == r));
        assertThat(table().getSelectionModel().getSelectedItem()).isEqualTo(row);

        Holder added = Holder.blank(service.today());
        long id = service.save(new Holder(null, 0, "Coopérative du Bocage", false, null, null, null, null,
                added.consentBasis(), added.consentDate(), null, null, null, null, added.stage(), null,
                added.firstContactOn(), added.firstContactChannel(), null, false, List.of()));
        robot.interact(() -> {
            host.getChildren().clear();
            view.refresh();
            host.getChildren().add(view.node());
            view.shown(null);
        });

        assertThat(view.list().all()).extracting(HolderRow::id).contains(id).hasSize(before.get().size() + 1);
        assertThat(table().getSelectionModel().getSelectedItem()).extracting(HolderRow::id).isEqualTo(row.id());
    }
}
