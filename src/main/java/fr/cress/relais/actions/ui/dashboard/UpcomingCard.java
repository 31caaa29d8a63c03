package fr.cress.relais.actions.ui.dashboard;

import fr.cress.relais.actions.DashboardFigures.UpcomingDate;
import fr.cress.relais.actions.DashboardService;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.text.Formats;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Starts and ends of actions in the next 60 days; a click opens the action. */
final class UpcomingCard extends ActionsCard<List<UpcomingDate>> {

    static final int DAYS = 60;

    UpcomingCard(UiContext ui, DashboardService dashboard) {
        super(ui, "actions.card.upcoming", 40, p -> Optional.of(dashboard.upcoming(DAYS)));
    }

    @Override
    protected boolean isEmpty(List<UpcomingDate> dates) {
        return dates.isEmpty();
    }

    @Override
    protected Ikon emptyIcon() {
        return Material2OutlinedAL.EVENT_AVAILABLE;
    }

    @Override
    protected String emptyMessageKey() {
        return "actions.card.upcoming.empty";
    }

    @Override
    protected Node render(List<UpcomingDate> dates) {
        VBox list = new VBox(2);
        list.setId("card-upcoming-list");
        for (UpcomingDate d : dates) {
            Label date = new Label(Formats.date(d.date()));
            date.getStyleClass().add("upcoming-date");
            String text = ui.i18n().t(d.start() ? "actions.card.upcoming.start" : "actions.card.upcoming.end",
                    d.actionTitle());
            Label what = new Label(d.place() == null || d.place().isBlank() ? text
                    : ui.i18n().t("actions.card.upcoming.place", text, d.place()));
            what.setWrapText(true);
            HBox row = new HBox(12, date, what);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("upcoming-row");
            row.setOnMouseClicked(e -> showActions(d.programmeId(), d.actionTitle(), Set.of(d.actionId())));
            list.getChildren().add(row);
        }
        return list;
    }
}
