package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.meetings.ActionItem;
import fr.cress.relais.meetings.ActionItemDraft;
import fr.cress.relais.meetings.AgendaItem;
import fr.cress.relais.meetings.Picks;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.Refs;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import java.util.Objects;
import java.util.Optional;

/** Adds or changes an action item: what, which organisation and/or person, by when, under which point. */
final class ActionItemDialog {

    private ActionItemDialog() {
    }

    /** Within {@link MeetingViewModel#withPicks}: the owner is chosen among every organisation and person. */
    static Optional<ActionItemDraft> ask(MeetingViewModel vm, Node owner, MeetingFile f, ActionItem item) {
        Picks c = vm.picks();
        TextField title = Fields.text("item-title", item == null ? null : item.title());
        ComboBox<Refs.Organisation> org = Fields.choice("item-owner-organisation", c.organisations(),
                item == null ? null : c.organisations().stream()
                        .filter(o -> Objects.equals(o.id(), item.ownerOrganisationId())).findFirst().orElse(null),
                Refs.Organisation::name, vm.t("meetings.form.nobody"));
        ComboBox<Refs.Person> person = Fields.choice("item-owner-person", c.people(),
                item == null ? null : c.people().stream()
                        .filter(p -> Objects.equals(p.id(), item.ownerContactId())).findFirst().orElse(null),
                Refs.Person::toString, vm.t("meetings.form.nobody"));
        person.setVisibleRowCount(14);
        person.valueProperty().addListener((o, a, p) -> {
            if (p != null && p.organisationId() != null && org.getValue() == null) {
                c.organisations().stream().filter(x -> x.id() == p.organisationId()).findFirst().ifPresent(org::setValue);
            }
        });
        DatePicker due = Fields.date("item-due", item == null ? vm.today().plusMonths(1) : item.dueDate());
        ComboBox<AgendaItem> point = Fields.choice("item-point", f.agenda(), item == null ? null : f.agenda().stream()
                        .filter(a -> Objects.equals(a.id(), item.agendaItemId())).findFirst().orElse(null),
                a -> a.rank() + ". " + a.title(), vm.t("meetings.decisions.noPoint"));
        TextArea notes = new TextArea(item == null || item.notes() == null ? "" : item.notes());
        notes.setId("item-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        return new FormDialog<ActionItemDraft>(vm.ui().i18n(), owner, "item-dialog",
                vm.t(item == null ? "meetings.items.add.title" : "meetings.items.edit.title"), vm.t("meetings.action.save"))
                .field(vm.t("meetings.col.item"), title)
                .field(vm.t("meetings.items.field.organisation"), org)
                .field(vm.t("meetings.items.field.person"), person)
                .field(vm.t("meetings.col.due"), due)
                .field(vm.t("meetings.col.point"), point)
                .field(vm.t("meetings.col.notes"), notes)
                .show(() -> {
                    if (title.getText().isBlank()) {
                        throw new BadInputException("meetings.error.itemTitle");
                    }
                    return new ActionItemDraft(title.getText(), org.getValue() == null ? null : org.getValue().id(),
                            person.getValue() == null ? null : person.getValue().id(), due.getValue(),
                            point.getValue() == null ? null : point.getValue().id(), notes.getText());
                });
    }
}
