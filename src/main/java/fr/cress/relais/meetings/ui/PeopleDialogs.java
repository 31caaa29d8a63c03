package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.meetings.Refs;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;

import java.util.Optional;

/** Picks people: someone of the directory to invite or to represent an invitee, or a guest outside it. */
final class PeopleDialogs {

    /** A guest outside the directory. */
    record Guest(String name, String organisation, String email) {
    }

    private PeopleDialogs() {
    }

    /** A person of the directory, within {@link MeetingViewModel#withPicks}; {@code titleKey} says what for. */
    static Optional<Refs.Person> person(MeetingViewModel vm, Node owner, String id, String titleKey) {
        SearchableComboBox<Refs.Person> people = new SearchableComboBox<>();
        people.setId(id + "-person");
        people.getItems().setAll(vm.picks().people());
        people.setMaxWidth(Double.MAX_VALUE);
        return new FormDialog<Refs.Person>(vm.ui().i18n(), owner, id, vm.t(titleKey), vm.t("meetings.action.ok"))
                .field(vm.t("meetings.invite.person"), people)
                .show(() -> {
                    if (people.getValue() == null) {
                        throw new BadInputException("meetings.error.inviteWho");
                    }
                    return people.getValue();
                });
    }

    static Optional<Guest> guest(MeetingViewModel vm, Node owner) {
        TextField name = Fields.text("guest-name", null);
        TextField organisation = Fields.text("guest-organisation", null);
        TextField email = Fields.text("guest-email", null);
        return new FormDialog<Guest>(vm.ui().i18n(), owner, "guest-dialog", vm.t("meetings.invite.guest.title"),
                vm.t("meetings.invite.action"))
                .field(vm.t("meetings.invite.guest.name"), name)
                .field(vm.t("meetings.invite.guest.organisation"), organisation)
                .field(vm.t("meetings.invite.guest.email"), email)
                .show(() -> {
                    if (name.getText().isBlank()) {
                        throw new BadInputException("meetings.error.guestName");
                    }
                    return new Guest(name.getText(), organisation.getText(), email.getText());
                });
    }

}
