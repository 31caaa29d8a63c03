package fr.cress.relais.app;

import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.testing.RelaisAppFixture;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real window on the example programme, with the sections prepared while it is idle (as for a user; the other
 * window tests turn it off): sections are built hidden behind the dashboard, which stays shown with its focus and
 * title; a prepared section shows its rows at once when opened, and what changed meanwhile.
 */
class SectionPreparationTest {

    private static final List<String> PREPARED = SectionPreparer.ORDER.stream().map(SectionId::slug).toList();

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RelaisAppFixture app;
    private Relais other;

    @AfterEach
    void stop() throws Exception {
        if (other != null) {
            other.close();
        }
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void leftIdleTheWindowPreparesEverySectionHiddenBehindTheDashboard() throws Exception {
        start();
        Stage stage = stage();
        String title = stage.getTitle();
        Node focus = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getFocusOwner()).get();

        waitUntil(() -> host().preparer().orElseThrow().finished());

        for (String slug : PREPARED) {
            Node section = stage.getScene().lookup("#section-" + slug);
            assertThat(section).as(slug + " built").isNotNull();
            assertThat(section.isVisible()).as(slug + " hidden").isFalse();
            assertThat(section.isManaged()).as(slug + " out of the layout").isFalse();
            assertThat(styled(section)).as(slug + " styled: every control has its skin").isTrue();
            assertThat(section.getLayoutBounds().getWidth()).as(slug + " laid out at the window's size")
                    .isEqualTo(stage.getScene().lookup("#section-dashboard").getLayoutBounds().getWidth());
        }
        assertThat(stage.getScene().lookup("#section-dashboard").isVisible()).isTrue();
        assertThat(host().current()).isEqualTo(SectionId.DASHBOARD);
        assertThat(stage.getTitle()).isEqualTo(title);
        assertThat(stage.getScene().getFocusOwner()).isSameAs(focus);
        assertThat(((ToggleButton) robot.lookup("#nav-dashboard").query()).isSelected()).isTrue();
        assertThat(PREPARED).noneMatch(slug -> ((ToggleButton) robot.lookup("#nav-" + slug).query()).isSelected());
    }

    @Test
    void aPreparedSectionShowsItsRowsAtOnce() throws Exception {
        start();
        waitUntil(() -> host().preparer().orElseThrow().finished());
        for (String slug : List.of("partners", "meetings", "holders")) {
            TableView<?> table = table(slug);
            assertThat(table.getItems()).as(slug + ": rows read while hidden").isNotEmpty();

            robot.clickOn("#nav-" + slug);
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(rowsShown(table)).as(slug + ": first rows on screen without waiting for a reading").isTrue();
            assertThat(host().current()).isEqualTo(SectionId.valueOf(slug.toUpperCase()));
        }
    }

    @Test
    void aChangeMadeElsewhereWhileAPreparedSectionIsHiddenIsShownWhenItOpens() throws Exception {
        start();
        waitUntil(() -> table("partners") != null && !table("partners").getItems().isEmpty());
        other = RelaisAppFixture.openStore(dataDir);
        other.store().actingUser().use("Bob Durand");
        Organisation blank = Organisation.blank();
        other.partners().partners().save(new Organisation(null, "Coopérative des essais", "CDE", blank.kind(), null,
                "", "", "Caen", "", "", "", "", List.of(), "", 0, null));

        waitUntil(() -> host().missedChanges(SectionId.PARTNERS)); // seen by the window's watch, while hidden
        assertThat(names()).noneMatch(n -> n.contains("Coopérative des essais"));

        robot.clickOn("#nav-partners");
        waitUntil(() -> names().stream().anyMatch(n -> n.contains("Coopérative des essais")));
        assertThat(host().current()).isEqualTo(SectionId.PARTNERS);
    }

    @Test
    void navigatingWhilePreparingShowsTheSectionAskedForAndPreparationGoesOnLater() throws Exception {
        start();
        waitUntil(() -> host().built(SectionId.PARTNERS));

        robot.clickOn("#nav-actions");
        RelaisAppFixture.waitForSection(robot, "actions");

        assertThat(host().current()).isEqualTo(SectionId.ACTIONS);
        assertThat(robot.lookup("#section-actions").query().isVisible()).isTrue();
        assertThat(robot.lookup("#section-dashboard").query().isVisible()).isFalse();
        assertThat(((ToggleButton) robot.lookup("#nav-actions").query()).isSelected()).isTrue();

        waitUntil(() -> host().preparer().orElseThrow().finished());
        assertThat(host().current()).as("preparation never changes the section shown").isEqualTo(SectionId.ACTIONS);
        assertThat(robot.lookup("#section-actions").query().isVisible()).isTrue();
        for (String slug : PREPARED) {
            assertThat(stage().getScene().lookup("#section-" + slug)).as(slug + " built").isNotNull();
        }
        assertThat(PREPARED.stream().filter(slug -> stage().getScene().lookup("#section-" + slug).isVisible()))
                .containsExactly("actions");
    }

    @Test
    void theTestWindowPreparesNothingUnlessAsked() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitForSection(robot, "dashboard");
        assertThat(host().preparer()).isEmpty();
    }

    private void start() throws Exception {
        app = RelaisAppFixture.startPreparingSections(dataDir, true);
        RelaisAppFixture.waitForSection(robot, "dashboard");
    }

    private SectionHost host() {
        return ((RelaisApp) app.application()).window().sections();
    }

    private Stage stage() {
        return ((RelaisApp) app.application()).window().stage();
    }

    /** The section's table, once the section is in the window (built and added, hidden or shown); else null. */
    private TableView<?> table(String slug) {
        Node section = stage().getScene().lookup("#section-" + slug);
        return section == null ? null : (TableView<?>) section.lookup("#" + slug + "-table");
    }

    private List<String> names() {
        return table("partners").getItems().stream().map(Object::toString).toList();
    }

    /** A row of the table holding an item is on screen. */
    private static boolean rowsShown(TableView<?> table) {
        return table.lookupAll(".table-row-cell").stream().anyMatch(n -> n instanceof IndexedCell<?> cell
                && cell.isVisible() && !cell.isEmpty() && cell.getItem() != null && table.getScene() != null);
    }

    /** Every control under {@code node} has its skin: the style pass reached it. */
    private static boolean styled(Node node) {
        if (node instanceof Control control && control.getSkin() == null) {
            return false;
        }
        return !(node instanceof Parent parent) || parent.getChildrenUnmodifiable().stream()
                .allMatch(SectionPreparationTest::styled);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
