package fr.cress.relais.partners.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new result unlike the rows shown (places unknown, or too many ranges of difference) reaches the table without
 * one change that replaces or takes out every row it knows (after which it resets every visible row), and the
 * selection and focus behave as after a replacement: kept when the selected row is still shown, else no selection
 * and the focus on the first row.
 */
class ShownRowsTest {

    private final FxRobot robot = new FxRobot();
    private final ShownRows<String> shown = new ShownRows<>();
    private final List<String> told = new ArrayList<>();
    private TableView<String> table;

    @BeforeEach
    void aTable() throws Exception {
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            table = new TableView<>(shown);
            shown.show(rows(0, 500), null, null, table.getSelectionModel(), table.getFocusModel());
            shown.addListener((ListChangeListener<String>) c -> {
                int before = shownBefore(c);
                while (c.next()) {
                    told.add((c.wasReplaced() ? "replaced " : "") + "-" + c.getRemovedSize() + "+" + c.getAddedSize()
                            + (c.getRemovedSize() > 0 && c.getRemovedSize() == before ? " every row" : ""));
                }
            });
        });
    }

    @Test
    void aNewResultIsToldAsRowsPutInThenTakenOutNeverAsEveryRowReplaced() {
        List<String> next = rows(250, 900);
        robot.interact(() -> shown.show(next, null, null, table.getSelectionModel(), table.getFocusModel()));
        assertThat(shown).containsExactlyElementsOf(next);
        assertThat(table.getItems()).containsExactlyElementsOf(next);
        assertThat(told).isNotEmpty().noneMatch(c -> c.contains("replaced") || c.contains("every row"));
    }

    @Test
    void theSelectedRowStaysSelectedWhenStillShown() {
        robot.interact(() -> table.getSelectionModel().select(300));
        String selected = table.getSelectionModel().getSelectedItem();
        List<String> next = rows(280, 320);
        robot.interact(() -> shown.show(next, null, null, table.getSelectionModel(), table.getFocusModel()));
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(selected);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(next.indexOf(selected));
        assertThat(table.getFocusModel().getFocusedIndex()).isEqualTo(next.indexOf(selected));
    }

    @Test
    void theSelectedRowNoLongerShownIsNoLongerSelected() {
        robot.interact(() -> table.getSelectionModel().select(10));
        robot.interact(() -> shown.show(rows(280, 320), null, null, table.getSelectionModel(), table.getFocusModel()));
        assertThat(table.getSelectionModel().getSelectedItem()).isNull();
        assertThat(table.getSelectionModel().getSelectedIndices()).isEmpty();
        assertThat(table.getFocusModel().getFocusedIndex()).as("the first row, as after a replacement").isZero();
    }

    @Test
    void withoutSelectionTheFirstRowHasTheFocusAsAfterAReplacement() {
        robot.interact(() -> table.getFocusModel().focus(42));
        robot.interact(() -> shown.show(rows(280, 320), null, null, table.getSelectionModel(), table.getFocusModel()));
        assertThat(table.getFocusModel().getFocusedIndex()).isZero();
        assertThat(table.getSelectionModel().getSelectedItem()).isNull();
    }

    @Test
    void anEmptyResultOrAResultAfterNoneIsShownAsIs() {
        robot.interact(() -> shown.show(List.of(), null, null, table.getSelectionModel(), table.getFocusModel()));
        assertThat(shown).isEmpty();
        robot.interact(() -> shown.show(rows(3, 9), null, null, table.getSelectionModel(), table.getFocusModel()));
        assertThat(shown).containsExactlyElementsOf(rows(3, 9));
    }

    private int shownBefore(ListChangeListener.Change<? extends String> c) {
        int size = c.getList().size();
        while (c.next()) {
            size += c.getRemovedSize() - c.getAddedSize();
        }
        c.reset();
        return size;
    }

    private static List<String> rows(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> String.format("row %04d", i)).toList();
    }
}
