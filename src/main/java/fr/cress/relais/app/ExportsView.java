package fr.cress.relais.app;

import fr.cress.relais.common.feature.ExportEntry;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.feature.SectionView;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.ui.EmptyState;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/** Exports: every file the coordinator can send to partners, each with a short description. */
final class ExportsView implements SectionView {

    private final Node node;

    ExportsView(UiContext ui, List<ExportEntry> entries) {
        if (entries.isEmpty()) {
            node = new EmptyState(Navigation.icon(SectionId.EXPORTS), ui.i18n().label(SectionId.EXPORTS),
                    ui.i18n().t(SectionId.EXPORTS.emptyKey()));
            node.setId("section-exports-empty");
            return;
        }
        Label title = new Label(ui.i18n().label(SectionId.EXPORTS));
        title.getStyleClass().add("title-2");
        Label intro = new Label(ui.i18n().t("app.exports.intro"));
        intro.setWrapText(true);
        VBox list = new VBox(8);
        for (ExportEntry entry : entries) {
            Label name = new Label(ui.i18n().t(entry.titleKey()));
            name.getStyleClass().add("title-4");
            Label description = new Label(ui.i18n().t(entry.descriptionKey()));
            description.setWrapText(true);
            description.getStyleClass().add("text-muted");
            VBox text = new VBox(2, name, description);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button run = new Button(ui.i18n().t("app.exports.run"));
            run.setOnAction(e -> entry.run().run());
            FontIcon icon = new FontIcon(entry.icon());
            icon.getStyleClass().add("export-icon");
            HBox row = new HBox(16, icon, text, run);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("export-row");
            list.getChildren().add(row);
        }
        VBox page = new VBox(16, title, intro, list);
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("section-exports");
        node = scroll;
    }

    @Override
    public Node node() {
        return node;
    }
}
