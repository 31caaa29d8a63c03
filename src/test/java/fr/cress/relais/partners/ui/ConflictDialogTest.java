package fr.cress.relais.partners.ui;

import fr.cress.relais.app.Relais;
import fr.cress.relais.db.history.ActingUser;
import fr.cress.relais.db.history.ChangeHistoryRepository;
import fr.cress.relais.db.history.FieldChange;
import fr.cress.relais.db.history.HistoryEntry;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.testing.RelaisAppFixture;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * Two people on one store: the organisation open in the window is saved by someone else (a second store on the
 * same file, behind the window's back); saving in the window opens the conflict dialog.
 */
class ConflictDialogTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RelaisAppFixture app;
    private Relais other;

    @BeforeEach
    void openTheDirectory() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        robot.clickOn("#nav-partners");
        RelaisAppFixture.waitForSection(robot, "partners");
        waitUntil(() -> table().getItems().size() == 21);
        other = RelaisAppFixture.openStore(dataDir); // the window's store: the same H2 file, or the same schema
        other.store().actingUser().use("Bob Durand");
    }

    @AfterEach
    void stop() throws Exception {
        other.close();
        app.stop();
    }

    @Test
    void reloadShowsTheirValues() throws Exception {
        Organisation urscop = editTownInTheWindowWhileBobSavesHis();

        robot.clickOn("#partners-save");
        RelaisAppFixture.waitFor(robot, "#conflict-dialog");
        assertThat(robot.lookup("#conflict-who").queryAs(Label.class).getText()).startsWith("Bob Durand l’a enregistrée le ");
        assertThat(texts("#conflict-differences")).containsSubsequence("Commune", "Bayeux", "Ma ville");
        assertThat(town()).isEqualTo("Ma ville");
        if (Boolean.getBoolean("partners.screenshots")) {
            PartnersScreenshots.save(robot.lookup("#conflict-dialog").query().getScene(), "conflict-dialog");
        }

        robot.clickOn("#conflict-show-theirs");
        RelaisAppFixture.waitFor(robot, "#conflict-their-record");
        assertThat(texts("#conflict-their-record")).contains("Nom", urscop.name());

        robot.clickOn("#conflict-reload");
        waitUntil(() -> town().equals("Bayeux"));
        assertThat(bobsView(urscop).town()).isEqualTo("Bayeux");
    }

    @Test
    void overwriteKeepsYoursAndTheHistoryShowsBoth() throws Exception {
        Organisation urscop = editTownInTheWindowWhileBobSavesHis();

        robot.clickOn("#partners-save");
        RelaisAppFixture.waitFor(robot, "#conflict-dialog");
        robot.clickOn("#conflict-overwrite");
        waitUntil(() -> bobsView(urscop).town().equals("Ma ville"));

        List<HistoryEntry> history = new ChangeHistoryRepository(other.store().dsl()).forRecord("organisation", urscop.id());
        assertThat(history.get(0).changedBy()).isEqualTo(ActingUser.systemName());
        assertThat(history.get(0).changes()).contains(new FieldChange("town", "Bayeux", "Ma ville"));
        assertThat(history.get(1).changedBy()).isEqualTo("Bob Durand");
        assertThat(history.get(1).changes()).contains(new FieldChange("town", urscop.town(), "Bayeux"));
    }

    @Test
    void aChangeSeenByThePollNeverReplacesWhatIsTyped() throws Exception {
        editTownInTheWindowWhileBobSavesHis();

        RelaisAppFixture.waitFor(robot, "#changed-elsewhere");
        assertThat(robot.lookup("#changed-elsewhere-text").queryAs(Label.class).getText())
                .isEqualTo("Cette fiche a été modifiée par Bob Durand.");
        assertThat(town()).isEqualTo("Ma ville");
        if (Boolean.getBoolean("partners.screenshots")) {
            PartnersScreenshots.save(robot, "changed-elsewhere");
        }

        robot.clickOn("#changed-elsewhere-reload");
        waitUntil(() -> town().equals("Bayeux"));
    }

    /** Opens URSCOP, types a town; meanwhile Bob saves another town for it. */
    private Organisation editTownInTheWindowWhileBobSavesHis() throws Exception {
        Organisation urscop = other.partners().partners().directory().organisations().stream()
                .filter(o -> "URSCOP".equals(o.acronym())).findFirst().orElseThrow();
        clickRow("URSCOP");
        waitUntil(() -> town().equals(urscop.town()));
        TextField field = robot.lookup("#org-town").queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write("Ma ville");
        other.partners().partners().save(new Organisation(urscop.id(), urscop.name(), urscop.acronym(), urscop.kind(),
                urscop.legalForm(), urscop.address(), urscop.postalCode(), "Bayeux", urscop.communeCode(),
                urscop.website(), urscop.email(), urscop.phone(), urscop.tags(), urscop.notes(), urscop.version(),
                urscop.updatedAt()));
        return urscop;
    }

    private Organisation bobsView(Organisation o) {
        return other.partners().partners().organisation(o.id()).orElseThrow();
    }

    private String town() {
        return robot.lookup("#org-town").queryAs(TextField.class).getText();
    }

    private List<String> texts(String gridQuery) {
        GridPane grid = robot.lookup(gridQuery).queryAs(GridPane.class);
        return grid.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    @SuppressWarnings("unchecked")
    private TableView<OrganisationRow> table() {
        return robot.lookup("#partners-table").queryAs(TableView.class);
    }

    private void clickRow(String acronym) throws Exception {
        OrganisationRow wanted = table().getItems().stream()
                .filter(r -> acronym.equals(r.organisation().acronym())).findFirst().orElseThrow();
        robot.interact(() -> table().scrollTo(wanted));
        waitUntil(() -> row(wanted) != null);
        robot.clickOn(row(wanted));
    }

    private Node row(OrganisationRow wanted) {
        return robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() == wanted).findFirst().orElse(null);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            PartnersScreenshots.save(robot, "conflict-failure-" + System.nanoTime());
            throw e;
        }
    }
}
