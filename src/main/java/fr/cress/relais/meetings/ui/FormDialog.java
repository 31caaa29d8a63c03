package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.error.ErrorMessages;
import fr.cress.relais.common.i18n.I18n;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A small modal form: labelled fields, OK and Cancel. OK builds the result; when that fails (a field is
 * missing or wrong), the message shows in the dialog and it stays open with what was typed.
 */
final class FormDialog<T> {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Label error = new Label();
    private final ButtonType ok;
    private final I18n i18n;
    private int row;

    FormDialog(I18n i18n, Node owner, String id, String title, String okLabel) {
        this.i18n = i18n;
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(i18n.t("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId(id);
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(360);
        grid.getColumnConstraints().setAll(labels, fields);
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setMaxWidth(480);
        error.setVisible(false);
        error.setManaged(false);
        dialog.getDialogPane().setContent(new VBox(12, grid, error));
    }

    FormDialog<T> field(String label, Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        grid.addRow(row++, l, field);
        return this;
    }

    /** Shows the dialog; {@code result} builds the answer and may throw to refuse it. */
    Optional<T> show(Supplier<T> result) {
        Object[] holder = new Object[1];
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId(dialog.getDialogPane().getId() + "-ok");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                holder[0] = result.get();
            } catch (RuntimeException ex) {
                error.setText(new ErrorMessages(i18n).describe(ex));
                error.setVisible(true);
                error.setManaged(true);
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                e.consume();
            }
        });
        @SuppressWarnings("unchecked")
        Optional<T> answer = dialog.showAndWait().filter(ok::equals).map(b -> (T) holder[0]);
        return answer;
    }
}
