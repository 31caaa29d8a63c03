package fr.cress.relais.actions.ui;

import atlantafx.base.theme.Styles;
import fr.cress.relais.actions.Axis;
import fr.cress.relais.actions.BudgetTotals;
import fr.cress.relais.actions.Objective;
import fr.cress.relais.actions.Programme;
import fr.cress.relais.actions.ProgrammeSnapshot;
import fr.cress.relais.common.i18n.I18n;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The editor of a programme, an axis or an objective: number (or years), title, description, what can be
 * added below it, and its budget totals.
 */
final class StructureEditor {

    private final I18n i18n;
    private final StructureActions actions;
    private final Runnable newActionHere;
    private final TextField number = new TextField();
    private final TextField endYear = new TextField();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final VBox root = new VBox(12);
    private TreeEntry entry;
    private ProgrammeSnapshot snapshot;

    StructureEditor(I18n i18n, StructureActions actions, Runnable newActionHere) {
        this.i18n = i18n;
        this.actions = actions;
        this.newActionHere = newActionHere;
        title.setId("structure-title");
        number.setPrefColumnCount(5);
        endYear.setPrefColumnCount(5);
        description.setWrapText(true);
        description.setPrefRowCount(4);
        for (var p : new javafx.beans.Observable[]{number.textProperty(), endYear.textProperty(), title.textProperty(),
                description.textProperty()}) {
            p.addListener(o -> dirty.set(true));
        }
        root.getStyleClass().add("structure-editor");
        root.setId("structure-editor");
    }

    Node node() {
        return root;
    }

    boolean isDirty() {
        return dirty.get();
    }

    void show(TreeEntry entry, ProgrammeSnapshot snapshot) {
        this.entry = entry;
        this.snapshot = snapshot;
        switch (entry.kind()) {
            case PROGRAMME -> fill(Integer.toString(entry.programme().startYear()), entry.programme().name(),
                    entry.programme().description());
            case AXIS -> fill(Integer.toString(entry.axis().number()), entry.axis().title(), entry.axis().description());
            default -> fill(Integer.toString(entry.objective().number()), entry.objective().title(),
                    entry.objective().description());
        }
        endYear.setText(entry.kind() == TreeEntry.Kind.PROGRAMME ? Integer.toString(entry.programme().endYear()) : "");
        dirty.set(false);
        layout();
    }

    /** Ctrl+S: saves what was typed. */
    void save() {
        try {
            int n = Integer.parseInt(number.getText().strip());
            String t = title.getText().strip();
            String d = description.getText().isBlank() ? null : description.getText().strip();
            switch (entry.kind()) {
                case PROGRAMME -> actions.save(new Programme(entry.programme().id(), t, n,
                        Integer.parseInt(endYear.getText().strip()), d, entry.programme().previousId(),
                        entry.programme().version()));
                case AXIS -> actions.save(new Axis(entry.axis().id(), entry.axis().programmeId(), n, t, d,
                        entry.axis().version()));
                default -> actions.save(new Objective(entry.objective().id(), entry.objective().axisId(), n, t, d,
                        entry.objective().version()));
            }
            dirty.set(false);
        } catch (NumberFormatException e) {
            number.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        }
    }

    private void fill(String n, String t, String d) {
        number.setText(n);
        title.setText(t == null ? "" : t);
        description.setText(d == null ? "" : d);
        number.pseudoClassStateChanged(Styles.STATE_DANGER, false);
    }

    private void layout() {
        Label heading = new Label(entry.label());
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        boolean programme = entry.kind() == TreeEntry.Kind.PROGRAMME;
        HBox years = new HBox(8, number, label("–"), endYear);
        years.setAlignment(Pos.CENTER_LEFT);
        form.addRow(0, label(i18n.t(programme ? "actions.field.years" : "actions.field.number")),
                programme ? years : number);
        form.addRow(1, label(i18n.t(programme ? "actions.field.programmeName" : "actions.field.title")), title);
        form.addRow(2, label(i18n.t("actions.field.description")), description);
        javafx.scene.layout.GridPane.setHgrow(title, javafx.scene.layout.Priority.ALWAYS);
        Button save = new Button(i18n.t("actions.editor.save"));
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(dirty.not());
        save.setOnAction(e -> save());
        HBox buttons = new HBox(8, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        addChildButton(buttons);
        Button delete = new Button(i18n.t("actions.editor.delete"));
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> actions.delete(entry));
        buttons.getChildren().add(delete);
        root.getChildren().setAll(heading, form, buttons, new BudgetSummary(i18n).node(entry, snapshot,
                BudgetTotals.of(snapshot)));
    }

    private void addChildButton(HBox buttons) {
        Button add = new Button();
        switch (entry.kind()) {
            case PROGRAMME -> {
                add.setText(i18n.t("actions.structure.addAxis"));
                add.setOnAction(e -> actions.save(new Axis(null, entry.programme().id(), snapshot.axes().size() + 1,
                        i18n.t("actions.structure.newAxis"), null, 0)));
            }
            case AXIS -> {
                add.setText(i18n.t("actions.structure.addObjective"));
                add.setOnAction(e -> actions.save(new Objective(null, entry.axis().id(),
                        snapshot.objectivesOf(entry.axis()).size() + 1, i18n.t("actions.structure.newObjective"), null, 0)));
            }
            default -> {
                add.setText(i18n.t("actions.structure.addAction"));
                add.setOnAction(e -> newActionHere.run());
            }
        }
        add.setId("structure-add");
        buttons.getChildren().add(add);
    }

    static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    static ScrollPane scroll(Node node) {
        ScrollPane scroll = new ScrollPane(node);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
