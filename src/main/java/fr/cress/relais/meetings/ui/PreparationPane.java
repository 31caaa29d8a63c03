package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.text.Formats;
import fr.cress.relais.meetings.ActionItem;
import fr.cress.relais.meetings.MeetingTexts;
import fr.cress.relais.meetings.Preparation;
import fr.cress.relais.meetings.Refs;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * « Préparer la prochaine réunion » on one screen: the next meeting and its draft agenda, the open action
 * items by owner (overdue ones stand out), the joint actions with dates in the coming months, and the
 * members who missed the last two meetings.
 */
final class PreparationPane {

    private final MeetingViewModel vm;
    private final MeetingTexts texts;
    private final LongConsumer openMeeting;
    private final Consumer<Preparation> createMeeting;
    private final GridPane grid = new GridPane();
    private final VBox root;

    PreparationPane(MeetingViewModel vm, Runnable back, LongConsumer openMeeting, Consumer<Preparation> createMeeting) {
        this.vm = vm;
        this.texts = new MeetingTexts(vm.ui().i18n());
        this.openMeeting = openMeeting;
        this.createMeeting = createMeeting;
        Label title = new Label(vm.t("meetings.prepare.title"));
        title.getStyleClass().add("title-3");
        grid.getStyleClass().add("prepare-grid");
        grid.setHgap(16);
        grid.setVgap(16);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        root = new VBox(12, Ui.bar(Ui.button("prepare-back", vm.t("meetings.back"), Material2OutlinedAL.ARROW_BACK, back),
                title), scroll);
        root.setId("meetings-prepare-page");
        root.getStyleClass().add("page");
        VBox.setVgrow(scroll, Priority.ALWAYS);
    }

    Node node() {
        return root;
    }

    void load() {
        grid.getChildren().clear();
        vm.ui().tasks().job(vm.t("meetings.task.prepare"), p -> vm.services().preparation().prepare())
                .onSuccess(this::show).onFailure(vm.ui().dialogs()::showError).start();
    }

    private void show(Preparation p) {
        grid.getChildren().clear();
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().setAll(half, half);
        grid.add(section("prepare-next", vm.t("meetings.prepare.next"), next(p)), 0, 0);
        grid.add(section("prepare-items", vm.t("meetings.prepare.items", p.openCount(), p.overdueCount()), items(p)), 1, 0, 1, 2);
        grid.add(section("prepare-actions", vm.t("meetings.prepare.actions"), actions(p)), 0, 1);
        grid.add(section("prepare-absentees", vm.t("meetings.prepare.absentees"), absentees(p)), 0, 2, 2, 1);
    }

    private VBox section(String id, String heading, Node body) {
        VBox box = new VBox(8, Ui.heading(heading), body);
        box.setId(id);
        box.getStyleClass().add("prepare-section");
        return box;
    }

    private Node next(Preparation p) {
        VBox box = new VBox(6);
        if (p.nextMeeting() != null) {
            box.getChildren().addAll(new Label(p.nextMeeting().title()),
                    Ui.muted(texts.when(p.nextMeeting().startsAt(), null)
                            + (p.nextMeeting().place() == null ? "" : " – " + p.nextMeeting().place())));
        } else {
            box.getChildren().add(Ui.muted(vm.t("meetings.prepare.noNext")));
        }
        box.getChildren().add(Ui.heading(vm.t(p.nextMeeting() == null ? "meetings.prepare.proposed"
                : "meetings.prepare.agenda")));
        int n = 1;
        for (Preparation.AgendaLine line : p.draftAgenda()) {
            String detail = line.followUp() ? vm.t("meetings.agenda.toReview", p.openCount())
                    : line.presenter() == null ? texts.duration(line.durationMinutes()) : line.presenter();
            box.getChildren().add(new Label(n++ + ". " + line.title() + (detail.isEmpty() ? "" : " (" + detail + ")")));
        }
        box.getChildren().add(p.nextMeeting() != null
                ? Ui.button("prepare-open", vm.t("meetings.prepare.open"), Material2OutlinedAL.EVENT,
                () -> openMeeting.accept(p.nextMeeting().id()))
                : Ui.button("prepare-create", vm.t("meetings.prepare.create"), Material2OutlinedAL.ADD,
                () -> createMeeting.accept(p)));
        return box;
    }

    private Node items(Preparation p) {
        VBox box = new VBox(10);
        if (p.openByOwner().isEmpty()) {
            box.getChildren().add(Ui.muted(vm.t("meetings.prepare.noItems")));
        }
        for (Preparation.OwnerItems owner : p.openByOwner()) {
            Label name = new Label(owner.owner().isEmpty() ? vm.t("meetings.prepare.noOwner") : owner.owner());
            name.getStyleClass().add("owner-heading");
            VBox lines = new VBox(3, name);
            owner.items().forEach(i -> lines.getChildren().add(itemLine(i, p)));
            box.getChildren().add(lines);
        }
        return box;
    }

    private Node itemLine(ActionItem i, Preparation p) {
        String due = i.dueDate() == null ? "" : " – " + vm.t("meetings.prepare.due", Formats.date(i.dueDate()));
        Label label = new Label(i.title() + due);
        label.setWrapText(true);
        HBox line = new HBox(6, label);
        if (i.overdue(p.today())) {
            FontIcon icon = new FontIcon(Material2OutlinedAL.ERROR_OUTLINE);
            icon.getStyleClass().add("overdue-icon");
            line.getChildren().add(0, icon);
            line.getStyleClass().add("action-overdue");
        }
        return line;
    }

    private Node actions(Preparation p) {
        VBox box = new VBox(4);
        if (p.upcomingActions().isEmpty()) {
            box.getChildren().add(Ui.muted(vm.t("meetings.prepare.noActions")));
        }
        for (Refs.JointAction a : p.upcomingActions()) {
            box.getChildren().add(new Label(a.title() + " – " + dates(a)));
        }
        return box;
    }

    private String dates(Refs.JointAction a) {
        if (a.startDate() != null && a.endDate() != null && !a.startDate().equals(a.endDate())) {
            return vm.t("meetings.prepare.fromTo", Formats.date(a.startDate()), Formats.date(a.endDate()));
        }
        return Formats.date(a.startDate() != null ? a.startDate() : a.endDate());
    }

    private Node absentees(Preparation p) {
        VBox box = new VBox(4);
        if (p.absentees().isEmpty()) {
            box.getChildren().add(Ui.muted(vm.t("meetings.prepare.noAbsentees")));
        }
        for (Preparation.Absentee a : p.absentees()) {
            String missed = a.absences().stream()
                    .map(m -> vm.t("meetings.prepare.missed", vm.label(m.attendance()).toLowerCase(vm.ui().i18n().locale()),
                            Formats.date(m.date())))
                    .collect(Collectors.joining(", "));
            box.getChildren().add(new Label(a.organisation() + " – " + missed));
        }
        return box;
    }
}
