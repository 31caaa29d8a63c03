package fr.cress.relais.common.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Objects;

/**
 * « Quelqu’un a modifié cette fiche pendant que vous la modifiiez »: who and when, their values beside the
 * user's, and the three ways out. « Voir leur version » shows their whole record without closing the dialog.
 */
final class ConflictDialog {

    private final I18n i18n;
    private final Dialog<ConflictChoice> dialog = new Dialog<>();
    private final ScrollPane area = new ScrollPane();
    private javafx.scene.Node differences;

    ConflictDialog(I18n i18n, Window owner, Conflict conflict) {
        this.i18n = i18n;
        dialog.initOwner(owner);
        dialog.setTitle(i18n.t("team.conflict.title"));
        dialog.setHeaderText(i18n.t("team.conflict.header"));
        dialog.getDialogPane().setId("conflict-dialog");
        dialog.getDialogPane().getStylesheets().add(Objects.requireNonNull(
                ConflictDialog.class.getResource("/fr/cress/relais/common/ui/team.css")).toExternalForm());
        GridPane theirRecord = table(conflict.theirRecord(), "conflict-their-record");
        dialog.getDialogPane().setContent(content(conflict));
        dialog.getDialogPane().setMinWidth(1000);
        ButtonType theirs = new ButtonType(i18n.t("team.conflict.showTheirs"), ButtonBar.ButtonData.HELP);
        ButtonType reload = new ButtonType(i18n.t("team.conflict.reload"), ButtonBar.ButtonData.OTHER);
        ButtonType overwrite = new ButtonType(i18n.t("team.conflict.overwrite"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(i18n.t("team.conflict.keepEditing"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(theirs, reload, overwrite, keep);
        Button show = (Button) dialog.getDialogPane().lookupButton(theirs);
        show.setId("conflict-show-theirs");
        show.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            area.setContent(area.getContent() == theirRecord ? differences : theirRecord);
        });
        dialog.getDialogPane().lookupButton(reload).setId("conflict-reload");
        dialog.getDialogPane().lookupButton(overwrite).setId("conflict-overwrite");
        dialog.getDialogPane().lookupButton(keep).setId("conflict-keep");
        dialog.getDialogPane().getButtonTypes().forEach(type -> {
            Button button = (Button) dialog.getDialogPane().lookupButton(type);
            ButtonBar.setButtonUniformSize(button, false);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        });
        dialog.setResultConverter(b -> b == reload ? ConflictChoice.RELOAD
                : b == overwrite ? ConflictChoice.OVERWRITE : ConflictChoice.KEEP_EDITING);
        dialog.setResizable(true);
    }

    ConflictChoice showAndWait() {
        return dialog.showAndWait().orElse(ConflictChoice.KEEP_EDITING);
    }

    private VBox content(Conflict conflict) {
        Label who = new Label(conflict.who() == null ? i18n.t("team.conflict.byUnknown")
                : i18n.t("team.conflict.byWhom", conflict.who(), Formats.dateTime(conflict.when())));
        who.setId("conflict-who");
        who.setWrapText(true);
        who.setMaxWidth(620);
        VBox box = new VBox(12, who);
        if (conflict.differences().isEmpty()) {
            Label same = new Label(i18n.t("team.conflict.noDifference"));
            same.setWrapText(true);
            differences = same;
        } else {
            differences = table(conflict.differences(), "conflict-differences");
        }
        area.setContent(differences);
        area.setFitToWidth(true);
        area.setPrefViewportHeight(200);
        box.getChildren().add(area);
        return box;
    }

    private GridPane table(List<Conflict.Difference> rows, String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("conflict-table");
        grid.addRow(0, header("team.conflict.field"), header("team.conflict.theirs"), header("team.conflict.yours"));
        int row = 1;
        for (Conflict.Difference d : rows) {
            Label theirs = cell(d.theirs());
            Label yours = cell(d.yours());
            if (!d.theirs().equals(d.yours())) {
                theirs.getStyleClass().add("conflict-differs");
                yours.getStyleClass().add("conflict-differs");
            }
            grid.addRow(row++, cell(d.label()), theirs, yours);
        }
        return grid;
    }

    private Label header(String key) {
        Label label = new Label(i18n.t(key));
        label.getStyleClass().add("conflict-header");
        return label;
    }

    private static Label cell(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(260);
        label.getStyleClass().add("conflict-cell");
        return label;
    }
}
