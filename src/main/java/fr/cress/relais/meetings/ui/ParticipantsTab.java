package fr.cress.relais.meetings.ui;

import fr.cress.relais.meetings.Attendance;
import fr.cress.relais.meetings.AttendanceRate;
import fr.cress.relais.meetings.AttendanceService;
import fr.cress.relais.meetings.Invitee;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.MeetingTexts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.util.List;
import java.util.Map;

/**
 * « Participants »: who is invited, who came (select one or several people, then Présent, Excusé, Absent or
 * Représenté par…; keys P, E, A), per organisation in the summary, and each organisation's attendance over
 * the group's held meetings. The rates are read with each meeting shown, the tab chosen or not, and shown in the
 * tab once it is made.
 */
final class ParticipantsTab extends EditorTab {

    private final MeetingViewModel vm;
    private InviteeTable table;
    private final Label summary = new Label();
    private AttendanceRatesTable rates;
    /** The rates of the meeting last shown (null: being read, or none read yet). */
    private List<AttendanceRate> ratesRead;
    /** Readings of the rates may end in any order: only the last one asked for is shown. */
    private long ratesAsked;

    ParticipantsTab(MeetingViewModel vm) {
        super(vm, "tab-participants", "meetings.tab.participants");
        this.vm = vm;
    }

    @Override
    Node build() {
        MeetingTexts texts = new MeetingTexts(vm.ui().i18n());
        this.table = new InviteeTable(texts);
        this.rates = new AttendanceRatesTable(vm.ui().i18n());
        table.addEventFilter(KeyEvent.KEY_TYPED, this::keys);
        summary.setId("attendance-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        MenuButton invite = new MenuButton(null, new FontIcon(Material2OutlinedMZ.PERSON_ADD));
        invite.setId("invitee-add");
        fr.cress.relais.common.ui.HoverTooltip.install(invite, vm.t("meetings.invite.menu"));
        invite.getItems().setAll(
                item("invitee-add-person", "meetings.invite.person.menu", this::invitePerson),
                item("invitee-add-guest", "meetings.invite.guest.menu", this::inviteGuest),
                item("invitee-add-members", "meetings.invite.members.menu", this::inviteMembers));
        var bar = Ui.bar(
                Ui.button("attendance-present", vm.label(Attendance.PRESENT), Material2OutlinedAL.CHECK, () -> set(Attendance.PRESENT)),
                Ui.button("attendance-excused", vm.label(Attendance.EXCUSED), Material2OutlinedAL.EVENT_BUSY, () -> set(Attendance.EXCUSED)),
                Ui.button("attendance-absent", vm.label(Attendance.ABSENT), Material2OutlinedAL.CLOSE, () -> set(Attendance.ABSENT)),
                Ui.button("attendance-represented", vm.t("meetings.attendance.representedBy.action"),
                        Material2OutlinedMZ.SWAP_HORIZ, this::represented),
                Ui.spacer(), invite,
                Ui.button("invitee-remove", null, Material2OutlinedAL.DELETE_OUTLINE, vm.t("meetings.invite.remove.title"),
                        this::remove));
        VBox top = new VBox(8, bar, summary, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label help = Ui.muted(vm.t("meetings.rates.help"));
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox bottom = new VBox(6, Ui.heading(vm.t("meetings.rates.title")), help, rates);
        VBox.setVgrow(rates, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        if (ratesRead != null) {
            rates.show(ratesRead);
        }
        return split;
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(vm.t(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The invitees of {@code f} now when the tab is made; its group's rates read in the background either way. */
    void read(MeetingFile f) {
        show(f);
        long asked = ++ratesAsked;
        if (f.meeting().adHoc()) {
            showRates(List.of());
        } else {
            long group = f.meeting().groupId();
            vm.ui().tasks().job(vm.t("meetings.task.load"), p -> vm.services().attendance().rates(group))
                    .onSuccess(read -> {
                        if (asked == ratesAsked) {
                            showRates(read);
                        }
                    }).onFailure(vm.ui().dialogs()::showError).start();
        }
    }

    private void showRates(List<AttendanceRate> read) {
        ratesRead = read;
        if (built()) {
            rates.show(read);
        }
    }

    @Override
    void fill(MeetingFile f) {
        List<Long> selected = table.getSelectionModel().getSelectedItems().stream().map(Invitee::id).toList();
        table.getItems().setAll(f.invitees());
        f.invitees().stream().filter(i -> selected.contains(i.id())).forEach(i -> table.getSelectionModel().select(i));
        summary.setText(summaryOf(f.invitees()));
    }

    private String summaryOf(List<Invitee> invitees) {
        Map<String, Attendance> orgs = AttendanceService.byOrganisation(invitees);
        long came = orgs.values().stream().filter(Attendance::attended).count();
        long excused = orgs.values().stream().filter(a -> a == Attendance.EXCUSED).count();
        long absent = orgs.values().stream().filter(a -> a == Attendance.ABSENT).count();
        long people = invitees.stream().filter(i -> i.attendance() == Attendance.PRESENT).count();
        return vm.t("meetings.attendance.summary", came, excused, absent, orgs.size(), people, invitees.size());
    }

    private void keys(KeyEvent e) {
        Attendance a = switch (e.getCharacter().toLowerCase()) {
            case "p" -> Attendance.PRESENT;
            case "e" -> Attendance.EXCUSED;
            case "a" -> Attendance.ABSENT;
            default -> null;
        };
        if (a != null) {
            set(a);
            e.consume();
        }
    }

    private void set(Attendance attendance) {
        List<Invitee> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (!chosen.isEmpty()) {
            vm.run("meetings.task.attendance", p -> {
                vm.services().attendance().set(chosen, attendance, null);
                return null;
            });
        }
    }

    private void represented() {
        List<Invitee> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (!chosen.isEmpty()) {
            vm.withPicks(() -> PeopleDialogs.person(vm, table, "represented-dialog",
                            "meetings.attendance.representedBy.title")
                    .ifPresent(person -> vm.run("meetings.task.attendance", p -> {
                        vm.services().attendance().set(chosen, Attendance.REPRESENTED, person.id());
                        return null;
                    })));
        }
    }

    private void invitePerson() {
        if (file() != null) {
            long id = file().meeting().id();
            vm.withPicks(() -> PeopleDialogs.person(vm, table, "invite-dialog", "meetings.invite.person.title")
                    .ifPresent(person -> vm.run("meetings.task.invite", p -> {
                        vm.services().attendance().invite(id, person.organisationId(), person.id());
                        return null;
                    })));
        }
    }

    private void inviteGuest() {
        if (file() != null) {
            long id = file().meeting().id();
            PeopleDialogs.guest(vm, table).ifPresent(g -> vm.run("meetings.task.invite", p -> {
                vm.services().attendance().inviteGuest(id, g.name(), g.organisation(), g.email());
                return null;
            }));
        }
    }

    private void inviteMembers() {
        if (file() != null) {
            long id = file().meeting().id();
            vm.run("meetings.task.invite", p -> vm.services().attendance().inviteMembers(id));
        }
    }

    private void remove() {
        List<Invitee> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (!chosen.isEmpty() && vm.ui().dialogs().confirm(vm.t("meetings.invite.remove.title"),
                vm.t("meetings.invite.remove.message", chosen.size()), vm.t("meetings.action.remove"))) {
            vm.run("meetings.task.invite", p -> {
                vm.services().attendance().remove(chosen);
                return null;
            });
        }
    }
}
