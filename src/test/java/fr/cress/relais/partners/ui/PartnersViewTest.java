package fr.cress.relais.partners.ui;

import fr.cress.relais.testing.RelaisAppFixture;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The « Partenaires » section of the real window, driven by keyboard and mouse. */
class PartnersViewTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RelaisAppFixture app;

    @BeforeEach
    void openTheDirectory() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        robot.clickOn("#nav-partners");
        RelaisAppFixture.waitForSection(robot, "partners");
        waitUntil(() -> count().equals("21 sur 21"));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private String count() {
        return robot.lookup("#partners-count").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<OrganisationRow> table() {
        return robot.lookup("#partners-table").queryAs(TableView.class);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            PartnersScreenshots.save(robot, "failure-" + System.nanoTime());
            throw e;
        }
    }

    private void clickRow(String name) throws Exception {
        waitUntil(() -> table().getItems().stream().anyMatch(r -> r.organisation().name().equals(name)));
        robot.interact(() -> table().scrollTo(table().getItems().stream()
                .filter(r -> r.organisation().name().equals(name)).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup(".table-row-cell").queryAll().stream()
                .anyMatch(n -> n instanceof TableRow<?> r && r.getItem() instanceof OrganisationRow o
                        && o.organisation().name().equals(name)));
        Node row = robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() instanceof OrganisationRow o
                        && o.organisation().name().equals(name)).findFirst().orElseThrow();
        robot.clickOn(row);
    }

    /** A button of the dialog now open (alerts live in their own window). */
    private java.util.Optional<javafx.scene.control.Button> dialogButton(String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> text.equals(b.getText()) && b.isVisible()).findFirst();
    }

    /** Types into a field of the form (which may be scrolled out of sight), replacing its text. */
    private void type(String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text);
    }

    private void replaceText(String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    @Test
    void filteringAsYouTypeNarrowsTheListAndShowsTheCount() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("herouville");
        waitUntil(() -> count().equals("1 sur 21"));
        assertThat(table().getItems()).singleElement()
                .satisfies(r -> assertThat(r.organisation().acronym()).isEqualTo("URSCOP"));

        replaceText("#partners-filter", "caen banque");
        waitUntil(() -> count().equals("2 sur 21"));
        assertThat(table().getItems()).extracting(r -> r.organisation().acronym())
                .containsExactlyInAnyOrder("Crédit Coopératif", "Crédit Mutuel");

        replaceText("#partners-filter", "écouché");
        waitUntil(() -> count().equals("0 sur 21"));
        assertThat(robot.lookup("#partners-table .placeholder .label").queryAs(Label.class).getText())
                .contains("Aucune ligne ne correspond au filtre");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> count().equals("21 sur 21"));
        assertThat(robot.lookup("#partners-filter").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void aNewOrganisationShowsItsErrorsThenIsSavedOnceFixed() throws Exception {
        robot.clickOn("#partners-new");
        robot.write("Atelier Écouché Solidarité");
        type("#org-email", "contact-at-ecouche");
        type("#org-postal-code", "611");
        robot.clickOn("#partners-save");

        waitUntil(() -> robot.lookup("#partners-form-errors").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#partners-form-errors").queryAs(Label.class).getText())
                .contains("n’est pas une adresse valide", "Le code postal doit avoir 5 chiffres");
        assertThat(robot.lookup("#org-email").queryAs(Node.class).getStyleClass()).contains("partners-invalid");
        assertThat(count()).isEqualTo("21 sur 21");

        type("#org-email", "contact@ecouche-solidarite.fr");
        type("#org-postal-code", "61150");
        assertThat(robot.lookup("#partners-form-errors").queryAs(Label.class).isVisible()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> count().equals("22 sur 22"));
        waitUntil(() -> table().getSelectionModel().getSelectedItem() != null);
        assertThat(table().getSelectionModel().getSelectedItem().organisation().email())
                .isEqualTo("contact@ecouche-solidarite.fr");
        assertThat(robot.lookup("#partners-form-title").queryAs(Label.class).getText()).isEqualTo("Atelier Écouché Solidarité");
    }

    @Test
    void unsavedChangesAreGuardedWhenLeavingTheSection() throws Exception {
        clickRow("PIVERT");
        robot.clickOn("#org-acronym").write(" Calvados");
        robot.clickOn("#nav-meetings");

        waitUntil(() -> dialogButton("Abandonner les modifications").isPresent());
        robot.clickOn(dialogButton("Annuler").orElseThrow());
        assertThat(robot.lookup("#section-partners").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#org-acronym").queryAs(TextField.class).getText()).isEqualTo("PIVERT Calvados");

        clickRow("Fondation MACIF");
        waitUntil(() -> dialogButton("Abandonner les modifications").isPresent());
        robot.clickOn(dialogButton("Abandonner les modifications").orElseThrow());
        waitUntil(() -> "Fondation MACIF".equals(robot.lookup("#partners-form-title").queryAs(Label.class).getText()));

        robot.clickOn("#nav-meetings");
        RelaisAppFixture.waitForSection(robot, "meetings");
    }

    @Test
    void aDeletedOrganisationComesBackWithUndo() throws Exception {
        assertThat(robot.lookup(".notification-pane").tryQuery()).as("the undo bar is built at the first deletion")
                .isEmpty();
        robot.clickOn("#partners-filter").write("avise");
        waitUntil(() -> count().equals("1 sur 21"));
        clickRow("Agence de valorisation des initiatives socio-économiques");
        robot.type(KeyCode.DELETE);

        waitUntil(() -> dialogButton("Supprimer").isPresent());
        robot.clickOn(dialogButton("Supprimer").orElseThrow());
        waitUntil(() -> count().equals("0 sur 20"));

        waitUntil(() -> robot.lookup(".notification-bar .button").tryQuery().filter(Node::isVisible).isPresent());
        robot.clickOn(robot.lookup(".notification-bar .button").queryButton());
        waitUntil(() -> count().equals("1 sur 21"));
    }

    @Test
    void theContactsAndGroupsTabsBuiltWhenFirstChosenShowTheWholeDirectory() throws Exception {
        assertThat(robot.lookup("#contacts-table").tryQuery()).isEmpty();
        assertThat(robot.lookup("#groups-tree").tryQuery()).isEmpty();

        robot.clickOn("#partners-tab-contacts");
        waitUntil(() -> robot.lookup("#contacts-count").tryQuery().map(n -> ((Label) n).getText()).orElse("")
                .equals("25 sur 25"));
        TableView<?> contacts = robot.lookup("#contacts-table").queryAs(TableView.class);
        assertThat(contacts.getItems()).hasSize(25);
        assertThat(contacts.getItems().stream().map(r -> ((ContactRow) r).name()).toList())
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());

        robot.clickOn("#partners-tab-groups");
        waitUntil(() -> robot.lookup("#groups-tree").tryQuery().isPresent());
        javafx.scene.control.TreeView<?> tree = robot.lookup("#groups-tree")
                .queryAs(javafx.scene.control.TreeView.class);
        assertThat(tree.getRoot().getChildren()).isNotEmpty();
        assertThat(robot.lookup("#contacts-table").tryQuery()).as("only the chosen tab in the scene").isEmpty();

        robot.clickOn("#partners-tab-organisations");
        assertThat(count()).isEqualTo("21 sur 21");
    }
}
