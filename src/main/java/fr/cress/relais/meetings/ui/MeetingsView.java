package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.feature.ChangedElsewhere;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.feature.SectionView;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.ui.EmptyState;
import fr.cress.relais.meetings.MeetingDraft;
import fr.cress.relais.meetings.MeetingsServices;
import fr.cress.relais.meetings.Preparation;
import fr.cress.relais.meetings.PreparationService;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The « Réunions » section: the list of meetings beside the meeting shown, « Préparer la prochaine réunion »
 * and the decisions register. Ctrl+N creates a meeting, Ctrl+S saves, Ctrl+F filters, Suppr deletes.
 */
public final class MeetingsView implements SectionView {

    private final UiContext ui;
    private final MeetingsServices services;
    private final MeetingViewModel vm;
    private final MeetingListPane list;
    private final MeetingEditor editor;
    /** Built the first time they are asked for: the list shows first. */
    private PreparationPane preparation;
    private DecisionRegisterPane register;
    private final StackPane pages = new StackPane();
    private final SplitPane main;
    private final BorderPane root = new BorderPane();
    private boolean shortcutsInstalled;
    private boolean showing;
    /** Data changed since the lists were read (or never read): the next showing reads them again. */
    private boolean stale = true;
    private boolean meetingStale;
    /**
     * What the section shows comes from these topics: the meetings themselves, the directory (groups, organisations and
     * people invited) and the joint actions a meeting is linked to. Holders and the territory are never shown here.
     */
    static final Set<String> SHOWN = Set.of("meetings", "partners", "actions");
    /** Topics this window wrote to while the section was hidden (empty: unknown, so read again). */
    private final Set<String> writtenMeanwhile = new HashSet<>();

    public MeetingsView(UiContext ui, MeetingsServices services) {
        this.ui = ui;
        this.services = services;
        this.vm = new MeetingViewModel(ui, services);
        MeetingExportActions exports = new MeetingExportActions(ui, services);
        Node noMeeting = new EmptyState(Material2OutlinedAL.EVENT, ui.i18n().t("meetings.list.empty.title"),
                ui.i18n().t("meetings.list.empty.text")).withAction(ui.i18n().t("meetings.new"), this::newMeeting);
        list = new MeetingListPane(ui, services, noMeeting);
        editor = new MeetingEditor(vm, exports, this::newMeeting);
        list.onOpen(this::open);
        vm.onChanged(() -> list.reload(null));
        editor.onDeleted(() -> list.reload(null));
        main = new SplitPane(list.node(), editor.node());
        main.setDividerPositions(0.37);
        SplitPane.setResizableWithParent(list.node(), false);
        pages.getChildren().setAll(main);
        root.setTop(toolbar());
        root.setCenter(pages);
        root.setId("section-meetings");
        root.getStyleClass().add("meetings-section");
        root.getStylesheets().add(Objects.requireNonNull(
                MeetingsView.class.getResource("/fr/cress/relais/meetings/meetings.css")).toExternalForm());
        // Shortcuts work wherever the focus is (navigation included) while the section is shown.
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null && old == null && !shortcutsInstalled) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (showing) {
                        shortcuts(e);
                    }
                });
                shortcutsInstalled = true;
            }
        });
    }

    private Node toolbar() {
        Label title = new Label(ui.i18n().label(SectionId.MEETINGS));
        title.getStyleClass().add("title-2");
        var bar = Ui.bar(title, Ui.spacer(),
                Ui.button("meetings-new", ui.i18n().t("meetings.new"), Material2OutlinedAL.ADD,
                        ui.i18n().t("meetings.new.tooltip"), this::newMeeting),
                Ui.button("meetings-prepare", ui.i18n().t("meetings.prepare.title"), Material2OutlinedAL.ASSIGNMENT,
                        this::showPreparation),
                Ui.button("meetings-decisions", ui.i18n().t("meetings.register.title"), Material2OutlinedAL.GAVEL,
                        this::showRegister));
        bar.getStyleClass().add("meetings-toolbar");
        return bar;
    }

    @Override
    public Node node() {
        return root;
    }

    /** Built ahead of time, hidden: reads the lists now, as a first showing would (no selection, no focus). */
    @Override
    public void prepare() {
        if (stale) {
            reload(null);
        }
    }

    /**
     * Reads the lists again only when data changed while the section was hidden: otherwise the rows already
     * shown stay (put back in order if a meeting has started meanwhile) and {@code target} is selected in them.
     */
    @Override
    public void shown(Object target) {
        showing = true;
        Long select = target instanceof Long id ? id : null;
        if (stale) {
            reload(select);
        } else {
            list.reorder();
            if (select != null) {
                list.select(select);
            }
        }
        if (select != null) {
            showMain();
        }
        list.focusList();
    }

    @Override
    public boolean canLeave() {
        return editor.canLeave();
    }

    @Override
    public void writtenWhileHidden(String topic) {
        writtenMeanwhile.add(topic);
    }

    /**
     * Shown: reads the lists and the meeting again now; hidden: at the next showing, unless this window wrote
     * meanwhile only what the section does not show (a holder, an offer).
     */
    @Override
    public void refresh() {
        boolean unrelated = !writtenMeanwhile.isEmpty() && writtenMeanwhile.stream().noneMatch(SHOWN::contains);
        writtenMeanwhile.clear();
        if (!unrelated || showing) {
            readAgain();
        }
    }

    /** Shown: reads the lists and the meeting again now; hidden: at the next showing. */
    private void readAgain() {
        meetingStale = true;
        if (!showing) {
            stale = true;
        } else {
            reload(null);
        }
    }

    /** Someone else wrote: read again only what concerns what the section shows. */
    @Override
    public void changedElsewhere(ChangedElsewhere changes) {
        if (SHOWN.stream().anyMatch(changes::concerns)) {
            readAgain();
        }
    }

    @Override
    public void hidden() {
        showing = false;
    }

    private void reload(Long select) {
        stale = false;
        list.reload(select, vm::loadChoices); // the rows first; what the forms offer to pick from after

        if (meetingStale && !editor.dirty()) {
            vm.reload();
        }
        meetingStale = false;
    }

    private boolean open(long id) {
        if (vm.asked(id)) {
            return true;
        }
        if (!editor.canLeave()) {
            return false;
        }
        vm.open(id);
        return true;
    }

    private void openFromPage(long id) {
        if (editor.canLeave()) {
            showMain();
            list.select(id);
            vm.open(id);
        }
    }

    private void shortcuts(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.N) {
            newMeeting();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
            editor.save();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
            showMain();
            list.focusFilter();
        } else if (e.getCode() == KeyCode.DELETE && e.getTarget() instanceof javafx.scene.control.TableView<?> t
                && "meetings-table".equals(t.getId())) {
            editor.deleteShown();
        } else {
            return;
        }
        e.consume();
    }

    private void newMeeting() {
        if (!editor.canLeave()) {
            return;
        }
        Long group = vm.file().get() == null ? null : vm.file().get().meeting().groupId();
        ui.tasks().job(ui.i18n().t("meetings.task.load"), p -> services.meetings().proposal(group))
                .onSuccess(proposal -> NewMeetingDialog.ask(vm, root, proposal)
                        .ifPresent(d -> create(d, List.of())))
                .onFailure(ui.dialogs()::showError).start();
    }

    private void createFrom(Preparation p) {
        Long group = p.group() == null ? null : p.group().id();
        ui.tasks().job(ui.i18n().t("meetings.task.load"), x -> services.meetings().proposal(group))
                .onSuccess(proposal -> NewMeetingDialog.ask(vm, root, proposal)
                        .ifPresent(d -> create(d, PreparationService.extraPoints(p))))
                .onFailure(ui.dialogs()::showError).start();
    }

    private void create(MeetingDraft draft, List<fr.cress.relais.meetings.AgendaItemDraft> points) {
        ui.tasks().job(ui.i18n().t("meetings.task.save"), p -> services.meetings().create(draft, points))
                .onSuccess(id -> {
                    ui.events().changed("meetings");
                    showMain();
                    list.reload(id);
                    vm.open(id);
                })
                .onFailure(ui.dialogs()::showError).start();
    }

    private void showMain() {
        pages.getChildren().setAll(main);
    }

    private void showPreparation() {
        if (preparation == null) {
            preparation = new PreparationPane(vm, this::showMain, this::openFromPage, this::createFrom);
        }
        pages.getChildren().setAll(preparation.node());
        preparation.load();
    }

    private void showRegister() {
        if (register == null) {
            register = new DecisionRegisterPane(vm, this::showMain, this::openFromPage);
        }
        pages.getChildren().setAll(register.node());
        register.load();
        register.focus();
    }
}
