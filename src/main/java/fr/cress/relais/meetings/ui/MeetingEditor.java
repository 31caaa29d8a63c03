package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.ui.TabsBuiltWhenChosen;
import fr.cress.relais.common.ui.EditConflicts;
import fr.cress.relais.common.ui.HistoryPane;
import fr.cress.relais.common.ui.EmptyState;
import fr.cress.relais.meetings.Meeting;
import fr.cress.relais.meetings.MeetingDraft;
import fr.cress.relais.meetings.MeetingExportService.Kind;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.MeetingSummary;
import fr.cress.relais.meetings.MeetingTexts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.util.Map;

/**
 * The meeting shown on the right: its head (a form saved with Ctrl+S), the exports, and the tabs Ordre du jour,
 * Participants, Compte rendu, Décisions, Actions. Unsaved edits of the head and of the minutes are guarded.
 */
final class MeetingEditor {

    private static final String DETAILS_EXPANDED = "layout.meetingDetailsExpanded";

    private final MeetingViewModel vm;
    private final MeetingExportActions exports;
    private final MeetingTexts texts;
    private final MeetingForm form;
    private final Label title = new Label();
    private final Label when = new Label();
    private final TabPane tabs = new TabPane();
    private final AgendaTab agenda;
    private final ParticipantsTab participants;
    private final MinutesTab minutes;
    private final DecisionsTab decisions;
    private final ActionsTab actions;
    private final StackPane root = new StackPane();
    private final VBox content;
    private final Node empty;
    private Meeting base;
    private Runnable deleted = () -> { };

    private final EditConflicts conflicts;
    private final HistoryPane history;

    MeetingEditor(MeetingViewModel vm, MeetingExportActions exports, Runnable newMeeting) {
        this.conflicts = new EditConflicts(vm.ui(), vm.services().meetings().core());
        this.history = new HistoryPane(vm.ui(), vm.services().meetings().core());
        this.vm = vm;
        this.exports = exports;
        this.texts = new MeetingTexts(vm.ui().i18n());
        this.form = new MeetingForm(vm.ui().i18n());
        this.agenda = new AgendaTab(vm);
        this.participants = new ParticipantsTab(vm);
        this.minutes = new MinutesTab(vm);
        this.decisions = new DecisionsTab(vm);
        this.actions = new ActionsTab(vm);
        tabs.setId("meeting-tabs");
        tabs.getTabs().setAll(agenda.tab(), participants.tab(), minutes.tab(), decisions.tab(), actions.tab(),
                history.tab());
        // Only the tab on screen is made when the first meeting shows; the others when first chosen.
        TabsBuiltWhenChosen.install(tabs, Map.of(agenda.tab(), agenda::content, participants.tab(),
                participants::content, minutes.tab(), minutes::content, decisions.tab(), decisions::content,
                actions.tab(), actions::content));
        // The tabs whose dialogs pick people: the directory is read as soon as one is chosen, not at the first dialog.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, before, tab) -> {
            if (tab == participants.tab() || tab == actions.tab()) {
                vm.withPicks(() -> { });
            }
        });
        title.getStyleClass().add("title-4");
        title.setId("meeting-heading");
        title.setWrapText(true);
        when.getStyleClass().add("text-muted");
        when.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        when.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.TitledPane details = new javafx.scene.control.TitledPane(vm.t("meetings.form.details"),
                null);
        details.setId("meeting-details");
        details.setAnimated(false);
        details.setExpanded(vm.ui().settings().getBoolean(DETAILS_EXPANDED, false));
        // Folded, the form is not put in the scene (neither styled nor laid out) until first unfolded; it holds the
        // meeting's values and what was typed either way.
        if (details.isExpanded()) {
            details.setContent(form.node());
        }
        details.expandedProperty().addListener((o, a, open) -> {
            if (open && details.getContent() == null) {
                details.setContent(form.node());
            }
            vm.ui().settings().put(DETAILS_EXPANDED, Boolean.toString(open));
        });
        VBox heading = new VBox(2, title, when);
        heading.setMinWidth(0);
        javafx.scene.layout.HBox.setHgrow(heading, Priority.ALWAYS);
        content = new VBox(8, new javafx.scene.layout.HBox(12, heading, toolbar()), details, tabs);
        content.getStyleClass().add("meeting-editor");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        empty = new EmptyState(Material2OutlinedAL.EVENT, vm.t("meetings.editor.empty.title"),
                vm.t("meetings.editor.empty.text")).withAction(vm.t("meetings.new"), newMeeting);
        root.getChildren().setAll(empty);
        vm.choices().addListener((o, a, c) -> {
            form.setChoices(c);
            if (base != null && !form.dirty().get()) {
                form.fill(vm.file().get()); // read before the choices: its group and joint actions shown now
            }
        });
        vm.file().addListener((o, a, f) -> show(f));
    }

    private Node toolbar() {
        MenuButton export = new MenuButton(vm.t("meetings.export.menu"), new FontIcon(Material2OutlinedAL.CLOUD_DOWNLOAD));
        export.setId("meeting-export");
        export.getItems().setAll(
                item("export-pack", "meetings.export.pack", () -> export(Kind.PACK)),
                item("export-minutes-pdf", "meetings.export.minutesPdf", () -> export(Kind.MINUTES_PDF)),
                item("export-minutes-xlsx", "meetings.export.minutesXlsx", () -> export(Kind.MINUTES_XLSX)),
                item("export-ics", "meetings.export.ics", () -> export(Kind.ICS)),
                new SeparatorMenuItem(),
                item("export-mail", "meetings.export.mail", () -> exports.mail(base.id())),
                item("export-copy", "meetings.export.copy", () -> exports.copyEmails(vm.file().get())));
        var save = Ui.button("meeting-save", vm.t("meetings.action.save"), Material2OutlinedMZ.SAVE,
                vm.t("meetings.action.save.tooltip"), this::save);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(form.dirty().not().and(minutes.dirty().not()));
        var delete = Ui.button("meeting-delete", null, Material2OutlinedAL.DELETE_OUTLINE,
                vm.t("meetings.action.delete"), this::delete);
        var bar = Ui.bar(save, export, delete);
        bar.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return bar;
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(vm.t(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    Node node() {
        return root;
    }

    private void show(MeetingFile f) {
        if (f == null) {
            base = null;
            minutes.forget();
            root.getChildren().setAll(empty);
            return;
        }
        boolean other = base == null || base.id() != f.meeting().id();
        if (other || !form.dirty().get()) {
            form.fill(f);
            base = f.meeting();
        }
        history.show("meeting", f.meeting().id());
        title.setText(f.meeting().title());
        when.setText(texts.when(f.meeting()) + " – " + texts.where(f.meeting()));
        agenda.show(f);
        participants.read(f);
        minutes.show(f);
        decisions.show(f);
        actions.show(f);
        if (root.getChildren().get(0) != content) {
            root.getChildren().setAll(content);
        }
    }

    boolean dirty() {
        return form.dirty().get() || minutes.dirty().get();
    }

    /** Saves the head of the meeting and the minutes typed (Ctrl+S). */
    void save() {
        if (base == null || !dirty()) {
            return;
        }
        long id = base.id();
        int version = base.version();
        MeetingDraft draft;
        try {
            draft = form.dirty().get() ? form.draft(base.notes()) : null;
        } catch (RuntimeException e) {
            vm.ui().dialogs().showError(e);
            return;
        }
        save(id, version, draft, minutes.changes());
    }

    private void save(long id, int version, MeetingDraft draft, Map<fr.cress.relais.meetings.AgendaItem, String> typed) {
        vm.run("meetings.task.save", p -> {
            if (draft != null) {
                vm.services().meetings().update(id, version, draft);
            }
            if (!typed.isEmpty()) {
                vm.services().agenda().saveMinutes(typed);
            }
            return null;
        }, r -> form.dirty().set(false), error -> saveFailed(error, id, draft, typed));
    }

    /** A refused save: the shared conflict dialog; the form keeps what the user typed until they choose. */
    private void saveFailed(Throwable error, long id, MeetingDraft yours, Map<fr.cress.relais.meetings.AgendaItem, String> typed) {
        if (yours == null) {
            vm.ui().dialogs().showError(error);
            vm.reload();
            return;
        }
        java.util.concurrent.atomic.AtomicInteger saved = new java.util.concurrent.atomic.AtomicInteger();
        conflicts.saveFailed(error, new EditConflicts.Edit<>("meeting", id, yours, () -> {
            var f = vm.services().meetings().load(id);
            saved.set(f.meeting().version());
            return MeetingDraft.of(f.meeting(), f.linkedActions().stream().map(a -> a.id()).toList());
        }, theirs -> {
            form.dirty().set(false);
            minutes.forget();
            vm.reload();
        }, theirs -> save(id, saved.get(), yours, typed)));
    }

    /** True when nothing is unsaved, or the user chose to drop it. */
    boolean canLeave() {
        if (!dirty()) {
            return true;
        }
        boolean drop = vm.ui().dialogs().confirm(vm.t("meetings.unsaved.title"), vm.t("meetings.unsaved.message"),
                vm.t("meetings.unsaved.drop"));
        if (drop) {
            form.dirty().set(false);
            minutes.forget();
            if (vm.file().get() != null) {
                form.fill(vm.file().get());
                minutes.show(vm.file().get());
            }
        }
        return drop;
    }

    private void export(Kind kind) {
        if (dirty()) {
            vm.ui().dialogs().showInfo(vm.t("meetings.export.title"), vm.t("meetings.export.saveFirst"));
            return;
        }
        exports.export(new MeetingSummary(base.id(), base.groupId(), base.title(), base.groupName(), base.startsAt(), base.place(),
                base.status()), kind);
    }

    /** Suppr in the list: deletes the meeting shown, after confirmation. */
    void deleteShown() {
        delete();
    }

    private void delete() {
        if (base == null) {
            return;
        }
        Meeting m = base;
        if (vm.ui().dialogs().confirm(vm.t("meetings.delete.title"), vm.t("meetings.delete.message", m.title(),
                texts.longDate(m.date())), vm.t("meetings.action.delete"))) {
            form.dirty().set(false);
            minutes.forget();
            vm.ui().tasks().job(vm.t("meetings.task.save"), p -> {
                vm.services().meetings().delete(m.id(), m.version());
                return null;
            }).onSuccess(r -> {
                vm.close();
                vm.ui().events().changed("meetings");
                deleted.run();
            }).onFailure(vm.ui().dialogs()::showError).start();
        }
    }

    void onDeleted(Runnable callback) {
        this.deleted = callback;
    }
}
