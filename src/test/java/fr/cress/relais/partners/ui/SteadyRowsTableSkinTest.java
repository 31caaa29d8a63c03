package fr.cress.relais.partners.ui;

import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of a filtered list looks, row for row, as the default table does after the same changes: the rows keep
 * their styles when only their items change, and take new ones when what their styles depend on changes (odd and
 * even, filled and empty, selected, a pseudo-class of the row factory).
 */
class SteadyRowsTableSkinTest {

    private static final PseudoClass FORMER = PseudoClass.getPseudoClass("former");
    private static final String CSS = """
            .table-row-cell:former { -fx-background-color: #ffe08a; }
            .table-row-cell:former .text { -fx-fill: #b00020; }
            .table-row-cell:odd:filled { -fx-background-color: #e8f0ff; }
            .table-row-cell:selected .text { -fx-fill: #ffffff; }
            """;

    private final FxRobot robot = new FxRobot();
    private final ShownRows<String> items = new ShownRows<>();
    private final ShownRows<String> sameItems = new ShownRows<>();
    private TableView<String> plain;
    private TableView<String> steady;

    @BeforeEach
    void showBothTables() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path css = Files.createTempFile("steady-rows", ".css");
        Files.writeString(css, CSS);
        FxToolkit.setupStage(stage -> {
            plain = table(new TableView<>(), items);
            steady = table(SteadyRowsTableSkin.table(), sameItems);
            Scene scene = new Scene(new HBox(plain, steady), 700, 420);
            scene.getStylesheets().add(css.toUri().toString());
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void everyVisibleRowLooksAsInTheDefaultTableWhateverTheChange() {
        both(names("a", 200));
        both(names("b", 150));
        robot.interact(() -> {
            plain.getSelectionModel().select(3);
            steady.getSelectionModel().select(3);
        });
        assertSameLook("a row selected");
        List<String> mixed = new ArrayList<>(names("x", 5));
        mixed.addAll(items);
        both(mixed);
        both(mixed.stream().filter(s -> s.hashCode() % 3 != 0).toList());
        both(names("x", 120));
        both(names("c", 4));
        both(names("d", 300));
        both(List.of());
        both(names("x", 2));
    }

    @Test
    void rowsGivenOtherItemsOfTheSameKindAreNotStyledAgain() {
        both(names("a", 200));
        long before = styledAgain();
        both(names("b", 180));
        both(names("c", 190));
        assertThat(styledAgain()).isEqualTo(before);
        both(names("x", 190));
        assertThat(styledAgain()).as("rows now former").isGreaterThan(before);
    }

    /** Both tables shown {@code next} instead of their rows, as a new result of the filter. */
    private void both(List<String> next) {
        robot.interact(() -> {
            items.show(next, null, null, plain.getSelectionModel());
            sameItems.show(next, null, null, steady.getSelectionModel());
        });
        assertSameLook(items.size() + " rows");
    }

    private long styledAgain() {
        AtomicReference<Long> n = new AtomicReference<>();
        robot.interact(() -> n.set(((SteadyRowsTableSkin<?>) steady.getSkin()).rowsStyledAgain()));
        return n.get();
    }

    private void assertSameLook(String when) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<List<String>> a = new AtomicReference<>();
        AtomicReference<List<String>> b = new AtomicReference<>();
        robot.interact(() -> {
            a.set(look(plain));
            b.set(look(steady));
        });
        assertThat(b.get()).as(when).isEqualTo(a.get());
        assertThat(a.get()).as(when).isNotEmpty();
    }

    /** Each visible row: index, item, pseudo-classes, background and the colour of its text. */
    private static List<String> look(TableView<String> table) {
        List<String> rows = new ArrayList<>();
        table.lookupAll(".table-row-cell").stream()
                .map(n -> (TableRow<?>) n)
                .filter(Node::isVisible)
                .sorted(Comparator.comparingDouble(Node::getLayoutY))
                .forEach(r -> {
                    Text text = (Text) r.lookup(".text");
                    rows.add(r.getIndex() + " " + r.getItem() + " " + r.getPseudoClassStates().stream()
                            .map(PseudoClass::getPseudoClassName).sorted().toList()
                            + " " + (r.getBackground() == null ? "none" : r.getBackground().getFills().stream()
                            .map(f -> String.valueOf(f.getFill())).toList())
                            + " " + (text == null || r.isEmpty() ? "" : text.getFill()));
                });
        return rows;
    }

    private static TableView<String> table(TableView<String> table, ObservableList<String> items) {
        TableColumn<String, String> text = Columns.of("text", "Texte", 300, s -> s);
        text.setCellFactory(c -> new PlainTextCell<>(String::valueOf));
        table.getColumns().add(text);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(FORMER, !empty && item != null && item.startsWith("x"));
            }
        });
        table.setItems(items);
        table.setPrefWidth(340);
        table.setFocusTraversable(false); // neither table has the focus: a focused table draws its focused row apart
        return table;
    }

    private static List<String> names(String prefix, int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(prefix + " " + String.format("%04d", (i * 7919) % 10_000));
        }
        return names;
    }
}
