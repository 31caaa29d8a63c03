package fr.cress.relais.safety.ui;

import fr.cress.relais.common.error.ErrorMessages;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.safety.BackupFile;
import fr.cress.relais.safety.SafetyContext;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.util.List;

/**
 * Shown instead of the sections when the store cannot be opened: what happened, in plain French, and the
 * backups of the store folder, newest first, each with « Restaurer celle-ci ».
 */
public final class RecoveryView {

    private final VBox box = new VBox(14);

    public RecoveryView(SafetyContext ctx, RestoreFlow restore, Throwable error, Runnable retry, Runnable quit) {
        I18n i18n = ctx.i18n();
        box.setId("recovery");
        box.getStyleClass().add("recovery");
        box.getStylesheets().add(SafetyStyles.URL);
        box.setAlignment(Pos.TOP_CENTER);
        box.setFillWidth(true);

        FontIcon icon = new FontIcon(Material2OutlinedMZ.RESTORE);
        icon.getStyleClass().add("recovery-icon");
        Label title = new Label(i18n.t("safety.recovery.title"));
        title.getStyleClass().add("title-2");
        Label message = new Label(new ErrorMessages(i18n).describe(error));
        message.setId("recovery-message");
        message.setWrapText(true);
        message.getStyleClass().add("recovery-message");
        Label intro = new Label(i18n.t("safety.recovery.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");

        BackupTable table = new BackupTable(i18n, ctx.labels(), b -> restore.restore(b.path()));
        VBox.setVgrow(table.node(), Priority.ALWAYS);

        Button other = new Button(i18n.t("safety.restore.otherFile"));
        other.setOnAction(e -> restore.chooseFileAndRestore());
        Button again = new Button(i18n.t("safety.recovery.retry"));
        again.setOnAction(e -> retry.run());
        Button leave = new Button(i18n.t("safety.recovery.quit"));
        leave.setOnAction(e -> quit.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, other, spacer, again, leave);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox header = new VBox(8, icon, title, message, intro);
        header.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(header, table.node(), actions);
        load(ctx, table);
    }

    private static void load(SafetyContext ctx, BackupTable table) {
        String empty = ctx.i18n().t("safety.backups.none", ctx.backups().folder());
        ctx.tasks().job(ctx.i18n().t("safety.backups.loading"), progress -> ctx.backups().list())
                .onSuccess((List<BackupFile> backups) -> table.show(backups, empty))
                .onFailure(error -> table.show(List.of(), empty))
                .start();
    }

    public Node node() {
        return box;
    }
}
