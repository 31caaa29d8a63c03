package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.feature.DashboardCard;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.meetings.ActionItemCounts;
import fr.cress.relais.meetings.MeetingSummary;
import fr.cress.relais.meetings.MeetingTexts;
import fr.cress.relais.meetings.MeetingsServices;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.Optional;

/** Dashboard card: the next meeting and the action items past their due date, leading to « Réunions ». */
public final class MeetingsCard implements DashboardCard {

    private record Figures(Optional<MeetingSummary> next, ActionItemCounts items) {
    }

    private final UiContext ui;
    private final MeetingsServices services;
    private final MeetingTexts texts;
    private final VBox box = new VBox(8);

    public MeetingsCard(UiContext ui, MeetingsServices services) {
        this.ui = ui;
        this.services = services;
        this.texts = new MeetingTexts(ui.i18n());
        box.setId("meetings-card");
        box.getStyleClass().add("meetings-card");
        box.getStylesheets().add(java.util.Objects.requireNonNull(
                MeetingsCard.class.getResource("/fr/cress/relais/meetings/meetings.css")).toExternalForm());
    }

    @Override
    public String titleKey() {
        return "meetings.card.title";
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public void refresh() {
        ui.tasks().job(ui.i18n().t("meetings.task.load"), p -> new Figures(services.meetings().next(),
                        services.followUp().openCounts()))
                .onSuccess(this::show).onFailure(ui.dialogs()::showError).start();
    }

    private void show(Figures f) {
        box.getChildren().clear();
        if (f.next().isPresent()) {
            MeetingSummary m = f.next().get();
            Label title = new Label(m.title());
            title.setWrapText(true);
            title.getStyleClass().add("meetings-card-title");
            box.getChildren().addAll(Ui.muted(ui.i18n().t("meetings.card.next")), title, Ui.muted(texts.when(m.startsAt(), null)
                    + (m.place() == null ? "" : " – " + m.place())));
        } else {
            box.getChildren().add(Ui.muted(ui.i18n().t("meetings.card.noNext")));
        }
        ActionItemCounts counts = f.items();
        Label items = new Label(counts.overdue() > 0 ? ui.i18n().t("meetings.card.items", counts.open(), counts.overdue())
                : ui.i18n().t("meetings.card.itemsOnTime", counts.open()));
        items.setId("meetings-card-items");
        HBox line = new HBox(6, items);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (counts.overdue() > 0) {
            FontIcon icon = new FontIcon(Material2OutlinedAL.ERROR_OUTLINE);
            icon.getStyleClass().add("overdue-icon");
            line.getChildren().add(0, icon);
            line.getStyleClass().add("action-overdue");
        }
        Hyperlink go = new Hyperlink(ui.i18n().t("meetings.card.open"));
        go.setId("meetings-card-open");
        go.setOnAction(e -> ui.navigator().show(SectionId.MEETINGS, f.next().map(MeetingSummary::id).orElse(null)));
        box.getChildren().addAll(line, go);
    }
}
