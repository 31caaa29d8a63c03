package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.meetings.MeetingDraft;
import fr.cress.relais.meetings.Refs;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/** A new meeting: title, group (or ad hoc), day, times and place, prefilled from the group's habits. */
final class NewMeetingDialog {

    private NewMeetingDialog() {
    }

    static Optional<MeetingDraft> ask(MeetingViewModel vm, Node owner, MeetingDraft proposal) {
        TextField title = Fields.text("new-title", proposal.title());
        ComboBox<Refs.Group> group = Fields.choice("new-group", vm.choices().get().groups(),
                vm.choices().get().groups().stream().filter(g -> Objects.equals(g.id(), proposal.groupId()))
                        .findFirst().orElse(null), Refs.Group::name, vm.t("meetings.form.adHoc"));
        DatePicker date = Fields.date("new-date", proposal.startsAt().toLocalDate());
        TextField start = Fields.time("new-start", proposal.startsAt().toLocalTime());
        TextField end = Fields.time("new-end", proposal.endsAt() == null ? null : proposal.endsAt().toLocalTime());
        date.setMinWidth(140);
        Label fromLabel = new Label(vm.t("meetings.form.from"));
        Label toLabel = new Label(vm.t("meetings.form.to"));
        fromLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        toLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox when = new HBox(8, date, fromLabel, start, toLabel, end);
        when.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        TextField place = Fields.text("new-place", proposal.place());
        return new FormDialog<MeetingDraft>(vm.ui().i18n(), owner, "new-meeting-dialog", vm.t("meetings.new.dialog"),
                vm.t("meetings.new.create"))
                .field(vm.t("meetings.form.title"), title)
                .field(vm.t("meetings.form.group"), group)
                .field(vm.t("meetings.form.when"), when)
                .field(vm.t("meetings.form.place"), place)
                .show(() -> {
                    if (title.getText().isBlank()) {
                        throw new BadInputException("meetings.error.title");
                    }
                    LocalTime from = Fields.parseTime(start.getText());
                    if (date.getValue() == null || from == null) {
                        throw new BadInputException("meetings.error.start");
                    }
                    LocalTime to = Fields.parseTime(end.getText());
                    if (to != null && !to.isAfter(from)) {
                        throw new BadInputException("meetings.error.end");
                    }
                    return new MeetingDraft(group.getValue() == null ? null : group.getValue().id(), title.getText(),
                            LocalDateTime.of(date.getValue(), from),
                            to == null ? null : LocalDateTime.of(date.getValue(), to), place.getText(), null,
                            proposal.status(), null, proposal.actionIds());
                });
    }

}
