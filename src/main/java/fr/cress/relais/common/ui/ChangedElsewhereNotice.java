package fr.cress.relais.common.ui;

import fr.cress.relais.common.i18n.I18n;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.Objects;

/**
 * « Cette fiche a été modifiée par X — Recharger »: a discreet line above a form with unsaved edits when
 * someone else saved the same record. The form is never reloaded under the user; they choose.
 */
public final class ChangedElsewhereNotice {

    private final I18n i18n;
    private final Label text = new Label();
    private final Hyperlink reload;
    private final HBox box;
    private Runnable onReload = () -> { };

    public ChangedElsewhereNotice(I18n i18n) {
        this.i18n = i18n;
        this.reload = new Hyperlink(i18n.t("team.notice.reload"));
        reload.setId("changed-elsewhere-reload");
        reload.setOnAction(e -> {
            hide();
            onReload.run();
        });
        text.setGraphic(new FontIcon(Material2OutlinedAL.INFO));
        text.setId("changed-elsewhere-text");
        box = new HBox(text, reload);
        box.setId("changed-elsewhere");
        box.getStyleClass().add("changed-elsewhere");
        box.getStylesheets().add(Objects.requireNonNull(
                ChangedElsewhereNotice.class.getResource("/fr/cress/relais/common/ui/team.css")).toExternalForm());
        hide();
    }

    public Node node() {
        return box;
    }

    /** Shows the notice; « Recharger » hides it and runs {@code reloadAction}. */
    public void show(String who, Runnable reloadAction) {
        this.onReload = reloadAction;
        text.setText(i18n.t("team.notice.changed", who));
        box.setVisible(true);
        box.setManaged(true);
    }

    public void hide() {
        box.setVisible(false);
        box.setManaged(false);
    }

    public boolean isShowing() {
        return box.isVisible();
    }
}
