package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.layout.StackPane;
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
 * A list typed into, as the user sees it: after each keystroke the table holds exactly the rows a full pass keeps,
 * in the order of the list, its visible rows show them, the count says « N sur M », and a selected row still shown
 * stays selected — whatever the way the table was told of the change.
 */
class ListPaneTypingTest {

    private static final String[] WORDS = {"lemonnier", "lecoeur", "caen", "alencon", "cooperative", "ligue", "duval",
            "benali", "perrin", "ozenne", "saint-lo", "lisieux", "atelier", "maison", "claire", "thomas"};

    private final FxRobot robot = new FxRobot();
    private final Random random = new Random(26_112_026L);
    private final List<String> rows = new ArrayList<>();
    private ListPane<String> list;

    @BeforeEach
    void showAList() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (int i = 0; i < 3_000; i++) {
            rows.add(String.format("%s %s %s %05d", WORDS[random.nextInt(WORDS.length)],
                    WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)], i));
        }
        FxToolkit.setupStage(stage -> {
            list = new ListPane<>("t", I18n.french(), (r, f) -> f.matchesText(r), r -> r, r -> Long.parseLong(r.substring(r.length() - 5)),
                    new Label());
            TableColumn<String, String> text = Columns.of("text", "Texte", 400, r -> r);
            list.table().getColumns().add(text);
            list.table().getSortOrder().add(text);
            stage.setScene(new Scene(new StackPane(list.node()), 600, 500));
            stage.show();
            list.setAll(rows, SearchIndex.of(rows, r -> r));
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void eachKeystrokeShowsTheRowsOfAFullPassInOrderWithTheirCount() {
        List<String> sorted = rows.stream().sorted().toList();
        for (int sequence = 0; sequence < 12; sequence++) {
            String target = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)].substring(0, 3);
            List<String> typed = new ArrayList<>();
            for (int i = 1; i <= target.length(); i++) {
                typed.add(target.substring(0, i));
            }
            for (int i = target.length() - 1; i >= 0; i -= 1 + random.nextInt(3)) {
                typed.add(target.substring(0, i));
            }
            for (String text : typed) {
                robot.interact(() -> list.bar().textField().setText(text));
                RowFilter filter = RowFilter.of(text, null, null, null);
                List<String> expected = sorted.stream().filter(filter::matchesText).toList();
                assertThat(list.shown()).as(text).isEqualTo(expected);
                assertThat(visibleRows()).as(text).isEqualTo(expected.subList(0, Math.min(expected.size(),
                        visibleRows().size())));
                assertThat(robot.lookup("#t-count").queryAs(Label.class).getText())
                        .isEqualTo(I18n.french().t("partners.list.count", expected.size(), rows.size()));
            }
        }
    }

    @Test
    void aSelectedRowStillShownStaysSelectedWhileTyping() {
        String chosen = rows.stream().filter(r -> r.startsWith("caen")).sorted().skip(3).findFirst().orElseThrow();
        robot.interact(() -> list.select(Long.parseLong(chosen.substring(chosen.length() - 5))));
        for (String text : List.of("c", "ca", "cae", "caen", "caen " + chosen.split(" ")[1].substring(0, 2), "caen", "ca", "")) {
            robot.interact(() -> list.bar().textField().setText(text));
            assertThat(list.selected()).as(text).contains(chosen);
        }
    }

    @Test
    void reorderingKeepsTheFilteredRowsAndTypingGoesOnInTheNewOrder() {
        robot.interact(() -> list.bar().textField().setText("lemonnier c"));
        robot.interact(() -> {
            TableColumn<String, ?> column = list.table().getColumns().get(0);
            column.setSortType(TableColumn.SortType.DESCENDING);
        });
        List<String> descending = rows.stream().sorted(Comparator.reverseOrder()).toList();
        assertThat(list.shown()).isEqualTo(descending.stream().filter(RowFilter.of("lemonnier c", null, null, null)::matchesText).toList());
        for (String text : List.of("lemonnier ca", "lemonnier c", "lemonnier", "lemonnier ozenne", "lemonnier")) {
            robot.interact(() -> list.bar().textField().setText(text));
            assertThat(list.shown()).as(text).isEqualTo(descending.stream()
                    .filter(RowFilter.of(text, null, null, null)::matchesText).toList());
        }
    }

    @Test
    void aSelectedRowFilteredOutIsNoLongerSelectedEvenWhenItComesBack() {
        String chosen = rows.stream().filter(r -> r.startsWith("caen")).sorted().skip(3).findFirst().orElseThrow();
        String other = java.util.Arrays.stream(WORDS).filter(w -> !chosen.contains(w)).findFirst().orElseThrow();
        robot.interact(() -> list.select(Long.parseLong(chosen.substring(chosen.length() - 5))));
        robot.interact(() -> list.bar().textField().setText("caen"));
        assertThat(list.selected()).contains(chosen);
        robot.interact(() -> list.bar().textField().setText("caen " + other));
        assertThat(list.shown()).isNotEmpty();
        assertThat(list.selected()).isEmpty();
        robot.interact(() -> list.bar().textField().setText("caen"));
        assertThat(list.selected()).isEmpty();
    }

    /** The items of the table rows laid out on screen, top to bottom. */
    private List<String> visibleRows() {
        AtomicReference<List<String>> shown = new AtomicReference<>();
        robot.interact(() -> {
            list.table().layout();
            shown.set(robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                    .filter(r -> r.isVisible() && !r.isEmpty() && r.getItem() != null && r.getIndex() >= 0)
                    .sorted(Comparator.comparingInt(TableRow::getIndex))
                    .map(r -> (String) r.getItem()).toList());
        });
        return shown.get();
    }
}
