package fr.cress.relais.holders.ui;

import fr.cress.relais.common.feature.SectionView;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.ui.EmptyState;
import fr.cress.relais.holders.CommuneRef;
import fr.cress.relais.holders.Holder;
import fr.cress.relais.holders.HolderPlace;
import fr.cress.relais.holders.HoldersFeature;
import fr.cress.relais.holders.Need;
import fr.cress.relais.holders.Suggestion;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Porteurs de projet: the list on the left; on the right, the selected holder's form, the partners suggested
 * for its needs, and its referrals. Ctrl+N new, Ctrl+S save, Ctrl+F filter, Suppr delete (with confirmation),
 * Entrée opens the form; leaving with unsaved changes asks first.
 */
public final class HoldersView implements SectionView {

    /** Target for {@link #shown}: show only the holders whose referrals are due for follow-up. */
    public static final String FOLLOW_UPS = "follow-ups";

    private final UiContext ui;
    private final I18n i18n;
    private final HoldersFeature feature;
    private final HolderListViewModel list;
    private final HolderFormViewModel form;
    private final ReferralsViewModel referrals;
    private final SuggestionsViewModel suggestions;
    private final HolderListPane listPane;
    private final HoldersActions actions;
    private final StackPane detailSide = new StackPane();
    private final BorderPane root = new BorderPane();
    private final UndoBar undo;
    private HolderDetail detail;
    private List<CommuneRef> communes;
    private boolean showing;
    private boolean stale;
    private LocalDate loadedOn;
    private boolean reverting;
    /**
     * A reading of the list was started since the section was last hidden (e.g. while it was prepared, hidden):
     * its first showing waits for it instead of reading again.
     */
    private boolean reading;

    public HoldersView(HoldersFeature feature, UiContext ui) {
        this.ui = ui;
        this.i18n = ui.i18n();
        this.feature = feature;
        this.list = new HolderListViewModel(feature.holders(), ui);
        this.form = new HolderFormViewModel(feature.holders(), ui,
                new fr.cress.relais.common.ui.EditConflicts(ui, feature.core()));
        this.referrals = new ReferralsViewModel(feature.referrals(), ui, this::dataChanged);
        this.suggestions = new SuggestionsViewModel(feature.suggestions(), ui);
        this.actions = new HoldersActions(feature.holders(), ui, form, this);
        this.listPane = new HolderListPane(list, ui, this::newHolder);
        this.undo = new UndoBar(i18n, id -> actions.restore(id));
        // The detail (form, suggestions, referrals, history) is built when a holder is first opened.
        EmptyState none = new EmptyState(Material2OutlinedAL.LIGHTBULB, i18n.t("holders.detail.none.title"),
                i18n.t("holders.detail.none.text"));
        none.visibleProperty().bind(form.original().isNull());
        detailSide.getChildren().add(none);
        SplitPane split = new SplitPane(listPane.node(), detailSide);
        split.setDividerPositions(0.47);
        root.setTop(new javafx.scene.layout.VBox(actions.toolbar(), undo));
        root.setCenter(split);
        root.setId("section-holders");
        root.getStyleClass().add("holders-section");
        root.getStylesheets().add(Objects.requireNonNull(
                HoldersView.class.getResource("/fr/cress/relais/holders/holders.css")).toExternalForm());
        wire();
        // The list is loaded by shown(); the communes the form offers come once its first rows are there.
        list.loaded().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    o.removeListener(this);
                    actions.loadCommunes(HoldersView.this::communesLoaded);
                }
            }
        });
    }

    private void communesLoaded(List<CommuneRef> loaded) {
        communes = loaded;
        if (detail != null) {
            detail.setCommunes(loaded);
        }
    }

    /** The detail side, built the first time it is needed. */
    private HolderDetail detail() {
        if (detail == null) {
            detail = new HolderDetail(new HolderDetail.Models(form, referrals, suggestions), ui, feature.core(),
                    () -> actions.refer(null, null), this::referTo);
            detailSide.getChildren().add(0, detail.node());
            if (communes != null) {
                detail.setCommunes(communes);
            }
        }
        return detail;
    }

    private void wire() {
        var table = listPane.table();
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (reverting || list.isUpdating() || row == null || (form.original().get() != null
                    && Objects.equals(form.original().get().id(), row.id()))) {
                return;
            }
            if (!actions.confirmDiscard()) {
                reverting = true;
                table.getSelectionModel().select(old);
                reverting = false;
                return;
            }
            open(row.id());
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                actions.delete();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && detail != null) {
                detail.focusForm();
                e.consume();
            }
        });
        // On the scene while the section is shown, whatever has the focus (the navigation, a text field).
        EventHandler<KeyEvent> keys = e -> {
            if (SectionView.showing(root)) {
                actions.shortcut(e);
            }
        };
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    /** Loads a holder into the form, its referrals and its suggestions. */
    void open(long id) {
        undo.hide();
        HolderDetail shown = detail();
        actions.load(id, (holder, commune) -> {
            form.load(holder, commune);
            shown.showHistory(holder.id());
            referrals.show(holder.id());
            suggestions.show(holder);
        });
    }

    void newHolder() {
        if (!actions.confirmDiscard()) {
            return;
        }
        reverting = true;
        listPane.table().getSelectionModel().clearSelection();
        reverting = false;
        undo.hide();
        HolderDetail shown = detail();
        form.newHolder();
        referrals.show(null);
        suggestions.show(null);
        shown.focusForm();
    }

    /** After a save, a deletion or an erasure: reload the list and show {@code id} (null: nothing). */
    void reload(Long id) {
        ui.events().changed("holders");
        readAndOpen(id);
    }

    /** Reads the list again, then selects and opens {@code id} (null: nothing open). */
    private void readAndOpen(Long id) {
        stale = false;
        loadedOn = form.today();
        reading = true;
        list.load(rows -> {
            reading = false;
            if (id == null) {
                form.load(null, null);
                referrals.show(null);
                suggestions.show(null);
                return;
            }
            select(id);
            open(id);
        });
    }

    private void select(long id) {
        reverting = true;
        listPane.table().getItems().stream().filter(r -> r.id() == id).findFirst().ifPresentOrElse(row -> {
            listPane.table().getSelectionModel().select(row);
            listPane.table().scrollTo(row);
        }, () -> listPane.table().getSelectionModel().clearSelection());
        reverting = false;
    }

    private void referTo(Suggestion suggestion, Need need) {
        actions.refer(suggestion, need);
    }

    /** After a deletion: offers to bring the holder back from the recycle bin. */
    void deleted(Holder holder) {
        undo.show(holder.id(), holder.displayName());
    }

    void referralAdded() {
        detail().showReferrals();
    }

    void dataChanged() {
        ui.events().changed("holders");
        reloadList();
    }

    /** Reloads the list and keeps the open holder selected. */
    private void reloadList() {
        stale = false;
        loadedOn = form.today();
        reading = true;
        list.load(rows -> {
            reading = false;
            Holder open = form.original().get();
            if (open != null && !open.isNew()) {
                select(open.id());
            }
        });
    }

    HolderFormPane formPane() {
        return detail().formPane();
    }

    HolderListViewModel list() {
        return list;
    }

    HolderListPane listPane() {
        return listPane;
    }

    ReferralsViewModel referrals() {
        return referrals;
    }

    @Override
    public Node node() {
        return root;
    }

    /** Built ahead of time, hidden: reads the list now, as a first showing would (no selection, no focus). */
    @Override
    public void prepare() {
        reloadList();
    }

    @Override
    public void shown(Object target) {
        showing = true;
        if (FOLLOW_UPS.equals(target)) {
            list.clearFilters();
            list.dueOnly().set(true);
        } else if (target instanceof HolderPlace place) {
            list.clearFilters();
            list.place().set(place);
        } else if (target instanceof Long id) {
            readAndOpen(id); // showing a holder changes no data: nothing to tell the other sections
            return;
        }
        if (stale || (!list.complete().get() && !reading) || !form.today().equals(loadedOn)) {
            reloadList();
        }
        listPane.filter().requestFocus();
    }

    @Override
    public boolean canLeave() {
        return actions.confirmDiscard();
    }

    @Override
    public void hidden() {
        showing = false;
        reading = false; // shown again before the list is complete: read again, as before
    }

    @Override
    public void refresh() {
        if (!showing) {
            stale = true; // read again when next shown, with its target
        } else {
            reloadList();
        }
        referrals.reload();
    }
}
