package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.meetings.AgendaItem;
import fr.cress.relais.meetings.AgendaItemDraft;
import fr.cress.relais.meetings.Refs;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import java.util.Optional;

/** Adds or changes a point of the agenda: title, presenting organisation, planned minutes, notes. */
final class AgendaItemDialog {

    private AgendaItemDialog() {
    }

    /** Within {@link MeetingViewModel#withPicks}: the presenter is chosen among every organisation. */
    static Optional<AgendaItemDraft> ask(MeetingViewModel vm, Node owner, AgendaItem item) {
        TextField title = Fields.text("agenda-item-title", item == null ? null : item.title());
        ComboBox<Refs.Organisation> presenter = Fields.choice("agenda-item-presenter",
                vm.picks().organisations(),
                item == null || item.presenterId() == null ? null : vm.picks().organisations().stream()
                        .filter(o -> o.id() == item.presenterId()).findFirst().orElse(null),
                Refs.Organisation::name, vm.t("meetings.form.nobody"));
        TextField minutes = Fields.text("agenda-item-minutes",
                item == null || item.durationMinutes() == null ? "" : item.durationMinutes().toString());
        minutes.setPrefColumnCount(5);
        TextArea notes = new TextArea(item == null || item.notes() == null ? "" : item.notes());
        notes.setId("agenda-item-notes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        title.setDisable(item != null && item.followUp());
        return new FormDialog<AgendaItemDraft>(vm.ui().i18n(), owner, "agenda-item-dialog",
                vm.t(item == null ? "meetings.agenda.add.title" : "meetings.agenda.edit.title"),
                vm.t("meetings.action.save"))
                .field(vm.t("meetings.agenda.field.title"), title)
                .field(vm.t("meetings.agenda.field.presenter"), presenter)
                .field(vm.t("meetings.agenda.field.minutes"), minutes)
                .field(vm.t("meetings.agenda.field.notes"), notes)
                .show(() -> {
                    if (title.getText().isBlank()) {
                        throw new BadInputException("meetings.error.agendaTitle");
                    }
                    return new AgendaItemDraft(title.getText(), presenter.getValue() == null ? null
                            : presenter.getValue().id(), Fields.parseMinutes(minutes.getText()), notes.getText());
                });
    }
}
