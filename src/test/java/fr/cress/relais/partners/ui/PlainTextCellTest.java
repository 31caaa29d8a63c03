package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cells of the contacts list that draw their text without a label show what a default cell shows: the same
 * text, cut at the same character with « ... » when too long, at the same place, in the same colour (a selected
 * row too), rows of the same height — after filtering and sorting. Each row of the table below shows its value
 * twice, in a plain cell and in a default cell of the same width.
 */
class PlainTextCellTest {

    private static final String[] WORDS = {"Lemonnier", "Coopérative d’activité et d’emploi", "Caen", "Alençon", "Œuvre",
            "Ligue de l’enseignement – fédération", "Écouché", "agnes.lemonnier@example.org", "02 31 45 67 89", "Chargée de communication"};

    private final FxRobot robot = new FxRobot();
    private final Random random = new Random(27_112_026L);
    private final List<String> rows = new ArrayList<>();
    private ListPane<String> list;

    @BeforeEach
    void showAList() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder row = new StringBuilder();
            for (int w = random.nextInt(4); w >= 0; w--) {
                row.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            rows.add(row.append(String.format("%05d", i)).toString());
        }
        FxToolkit.setupStage(stage -> {
            list = new ListPane<>("t", I18n.french(), (r, f) -> f.matchesText(fold(r)), PlainTextCellTest::fold,
                    r -> Long.parseLong(r.substring(r.length() - 5)), new Label());
            TableColumn<String, String> plain = Columns.of("plain", "Texte", 170, r -> r);
            plain.setCellFactory(c -> new PlainTextCell<>(String::valueOf));
            TableColumn<String, String> label = Columns.of("label", "Texte", 170, r -> r);
            list.table().getColumns().addAll(List.of(plain, label));
            list.table().getSortOrder().add(plain);
            stage.setScene(new Scene(new StackPane(list.node()), 600, 500));
            stage.show();
            list.setAll(rows, SearchIndex.of(rows, PlainTextCellTest::fold));
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void plainCellsShowWhatDefaultCellsShowAfterFilteringAndSorting() {
        List<String> texts = List.of("", "lem", "lemonnier c", "caen", "o", "");
        for (String typed : texts) {
            robot.interact(() -> list.bar().textField().setText(typed));
            assertSameAsDefaultCells(typed);
        }
        robot.interact(() -> list.table().getColumns().get(0).setSortType(TableColumn.SortType.DESCENDING));
        assertSameAsDefaultCells("sorted descending");
        robot.interact(() -> list.bar().textField().setText("cooperative"));
        assertSameAsDefaultCells("cooperative, sorted descending");
        assertThat(pairs().stream().anyMatch(p -> p.plain().getText().endsWith("...")))
                .as("long texts are cut with an ellipsis").isTrue();
    }

    @Test
    void aSelectedRowHasTheColoursOfADefaultCell() {
        robot.interact(() -> list.table().getSelectionModel().select(2));
        List<Pair> pairs = pairs();
        Pair selected = pairs.stream().filter(p -> p.row().isSelected()).findFirst().orElseThrow();
        Pair other = pairs.stream().filter(p -> !p.row().isSelected()).findFirst().orElseThrow();
        assertThat(selected.plain().getFill()).isEqualTo(selected.label().getFill());
        assertThat(other.plain().getFill()).isEqualTo(other.label().getFill());
    }

    @Test
    void narrowerColumnsCutTheTextWhereADefaultCellCutsIt() {
        for (double width : new double[]{60, 95, 130, 210, 320}) {
            robot.interact(() -> list.table().getColumns().forEach(c -> c.setPrefWidth(width)));
            assertSameAsDefaultCells("width " + width);
        }
    }

    @Test
    void aPlainColumnMadeWiderOrNarrowerAloneGivesItsCellsTheNewWidthAndCut() {
        for (double width : new double[]{260, 120, 420}) {
            robot.interact(() -> list.table().getColumns().get(0).setPrefWidth(width));
            double column = list.table().getColumns().get(0).getWidth();
            for (Pair p : pairs()) {
                assertThat(p.plainCell().getWidth()).as("width " + width + ": " + p.row().getItem()).isEqualTo(column);
            }
        }
        robot.interact(() -> list.table().getColumns().get(1).setPrefWidth(420));
        assertSameAsDefaultCells("both columns 420 wide, the plain one widened first");
    }

    @Test
    void aDoubleClickOnTheHeaderEdgeFitsThePlainColumnAsTheDefaultOne() {
        robot.interact(() -> list.bar().textField().setText("cooperative"));
        for (int column = 1; column >= 0; column--) {
            TableColumn<String, ?> chosen = list.table().getColumns().get(column);
            javafx.scene.Node header = robot.lookup(".column-header").queryAll().stream()
                    .filter(n -> n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == chosen)
                    .findFirst().orElseThrow();
            Bounds onScreen = header.localToScreen(header.getBoundsInLocal());
            robot.doubleClickOn(onScreen.getMaxX() - 1, onScreen.getMinY() + onScreen.getHeight() / 2);
        }
        robot.interact(() -> { });
        robot.sleep(300);
        double plain = list.table().getColumns().get(0).getWidth();
        double label = list.table().getColumns().get(1).getWidth();
        assertThat(plain).isNotEqualTo(170.0).isEqualTo(label);
        assertSameAsDefaultCells("fitted to content");
    }

    private void assertSameAsDefaultCells(String when) {
        List<Pair> pairs = pairs();
        assertThat(pairs).as(when).isNotEmpty();
        for (Pair p : pairs) {
            String value = (String) p.row().getItem();
            assertThat(p.plainCell().getText()).as(when).isEqualTo(value);
            assertThat(p.plain().getText()).as(when + ": " + value).isEqualTo(p.label().getText());
            Bounds a = p.plain().getBoundsInParent();
            Bounds b = p.label().getBoundsInParent();
            assertThat(new double[]{a.getMinX(), a.getMinY(), a.getWidth(), a.getHeight()}).as(when + ": " + value
                    + " " + p.plainCell().getHeight() + "/" + p.labelCell().getHeight() + " " + p.plainCell().getInsets() + "/" + p.labelCell().getInsets()
                    + " " + p.plainCell().getAlignment() + "/" + p.labelCell().getAlignment() + " " + p.plain().getLayoutBounds() + "/" + p.label().getLayoutBounds()+ " " + p.row().getHeight())
                    .isEqualTo(new double[]{b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()});
        }
    }

    private record Pair(TableRow<?> row, TableCell<?, ?> plainCell, TableCell<?, ?> labelCell, Text plain, Text label) {
    }

    /** The visible rows, top to bottom, each with its two cells and the text nodes they show. */
    private List<Pair> pairs() {
        AtomicReference<List<Pair>> pairs = new AtomicReference<>();
        robot.interact(() -> {
            list.table().layout();
            pairs.set(robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                    .filter(r -> r.isVisible() && !r.isEmpty() && r.getItem() != null && r.getIndex() >= 0)
                    .sorted(Comparator.comparingInt(TableRow::getIndex))
                    .map(r -> {
                        List<TableCell<?, ?>> cells = new ArrayList<>();
                        for (javafx.scene.Node n : r.getChildrenUnmodifiable()) {
                            if (n instanceof TableCell<?, ?> cell) {
                                cells.add(cell);
                            }
                        }
                        cells.sort(Comparator.comparingDouble(javafx.scene.Node::getLayoutX));
                        return new Pair(r, cells.get(0), cells.get(1), (Text) cells.get(0).lookup(".text"),
                                (Text) cells.get(1).lookup(".text"));
                    }).toList());
        });
        return pairs.get();
    }

    private static String fold(String s) {
        return fr.cress.relais.partners.Texts.fold(s);
    }
}
