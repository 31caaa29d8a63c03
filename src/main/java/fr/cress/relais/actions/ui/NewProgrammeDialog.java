package fr.cress.relais.actions.ui;

import fr.cress.relais.actions.Programme;
import fr.cress.relais.common.i18n.I18n;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * « Nouveau programme »: its name and years, and optionally the programme it continues: its axes and
 * objectives are copied, and its actions too when asked (planned for the new years, nothing achieved).
 */
final class NewProgrammeDialog {

    /** What the user asked for; {@code fromId} null for an empty programme. */
    record Request(String name, int startYear, int endYear, Long fromId, boolean copyActions) {
    }

    private final Dialog<Request> dialog = new Dialog<>();

    NewProgrammeDialog(I18n i18n, Window owner, List<Programme> programmes, Programme from, int thisYear) {
        dialog.initOwner(owner);
        dialog.setTitle(i18n.t("actions.newProgramme.title"));
        ButtonType create = new ButtonType(i18n.t("actions.newProgramme.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(create,
                new ButtonType(i18n.t("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        int start = from == null ? thisYear : from.endYear() + 1;
        int length = from == null ? 2 : from.endYear() - from.startYear();
        TextField name = new TextField(from == null ? "" : from.name());
        name.setId("new-programme-name");
        TextField startYear = new TextField(Integer.toString(start));
        TextField endYear = new TextField(Integer.toString(start + length));
        ComboBox<Programme> previous = new ComboBox<>();
        previous.getItems().setAll(programmes);
        previous.setConverter(fr.cress.relais.actions.ui.editor.Labels.programme(i18n));
        previous.setValue(from);
        previous.setPromptText(i18n.t("actions.newProgramme.empty"));
        CheckBox copyActions = new CheckBox(i18n.t("actions.newProgramme.copyActions"));
        copyActions.disableProperty().bind(previous.valueProperty().isNull());
        Label hint = new Label(i18n.t("actions.newProgramme.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        hint.getStyleClass().add("text-muted");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        javafx.scene.layout.HBox years = new javafx.scene.layout.HBox(8, startYear, StructureEditor.label("–"), endYear);
        years.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        name.setPrefColumnCount(34);
        grid.addRow(0, StructureEditor.label(i18n.t("actions.field.programmeName")), name);
        grid.addRow(1, StructureEditor.label(i18n.t("actions.field.years")), years);
        grid.addRow(2, StructureEditor.label(i18n.t("actions.newProgramme.from")), previous);
        grid.add(copyActions, 1, 3);
        grid.add(hint, 1, 4);
        dialog.getDialogPane().setContent(grid);
        Node ok = dialog.getDialogPane().lookupButton(create);
        ok.disableProperty().bind(name.textProperty().isEmpty().or(years(startYear, endYear).not()));
        dialog.setResultConverter(button -> button != create ? null : new Request(name.getText().strip(),
                Integer.parseInt(startYear.getText().strip()), Integer.parseInt(endYear.getText().strip()),
                previous.getValue() == null ? null : previous.getValue().id(),
                previous.getValue() != null && copyActions.isSelected()));
        dialog.setOnShown(e -> name.requestFocus());
    }

    Optional<Request> showAndWait() {
        return dialog.showAndWait();
    }

    private static javafx.beans.binding.BooleanBinding years(TextField start, TextField end) {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            try {
                int s = Integer.parseInt(start.getText().strip());
                int e = Integer.parseInt(end.getText().strip());
                return s >= 1990 && e <= 2100 && e >= s;
            } catch (NumberFormatException ex) {
                return false;
            }
        }, start.textProperty(), end.textProperty());
    }
}
