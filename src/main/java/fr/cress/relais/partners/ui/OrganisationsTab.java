package fr.cress.relais.partners.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.ui.EditConflicts;
import fr.cress.relais.common.ui.EmptyState;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.PartnersFeature;
import fr.cress.relais.partners.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Organisations: the filtered list on the left, the selected organisation on the right. */
final class OrganisationsTab implements PartnersTab {

    private final PartnersFeature feature;
    private final UiContext ui;
    private final DirectoryModel model;
    private final RecordActions actions;
    private final ListPane<OrganisationRow> list;
    private final OrganisationDetail detail;
    private final EditConflicts conflicts;
    private final Tab tab;
    private Long pendingSelection;

    OrganisationsTab(Tab tab, PartnersFeature feature, UiContext ui, DirectoryModel model, UndoBar undo,
                     Consumer<Long> openContact, Consumer<Long> newContactFor) {
        this.tab = tab;
        this.feature = feature;
        this.ui = ui;
        this.model = model;
        this.actions = new RecordActions(ui, model, undo);
        this.conflicts = new EditConflicts(ui, feature.core());
        EmptyState empty = new EmptyState(Material2OutlinedAL.BUSINESS, ui.i18n().t("partners.org.empty.title"),
                ui.i18n().t("partners.org.empty.text")).withAction(ui.i18n().t("partners.import.button"), this::importFile);
        this.list = new ListPane<>("partners", ui.i18n(), OrganisationRow::matches, OrganisationRow::searchText,
                OrganisationRow::id, empty);
        this.detail = new OrganisationDetail(feature, ui, model, undo, new OrganisationDetail.Actions(this::save,
                this::revert, this::delete, openContact, newContactFor));
        list.table().getColumns().addAll(java.util.List.of(
                Columns.of("name", ui.i18n().t("partners.org.name"), 300, OrganisationRow::name),
                Columns.of("acronym", ui.i18n().t("partners.org.acronym"), 120, OrganisationRow::acronym),
                Columns.of("kind", ui.i18n().t("partners.org.kind"), 170, OrganisationRow::kind),
                Columns.of("town", ui.i18n().t("partners.org.town"), 140, OrganisationRow::town),
                Columns.of("contacts", ui.i18n().t("partners.org.contacts"), 220, OrganisationRow::contacts)));
        list.table().getSortOrder().add(list.table().getColumns().get(0));
        ColumnMemory.attach(list.table(), ui.settings(), "organisations");
        SelectionGuard.install(list.table(), this::canLeave);
        list.table().getSelectionModel().selectedItemProperty().addListener((o, a, row) -> selected(row));
        list.table().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                delete();
            } else if (e.getCode() == KeyCode.ENTER && list.selected().isPresent()) {
                detail.form().focusFirstField();
            }
        });
        model.onLoaded(this::loaded);
        SplitPane split = new SplitPane(new VBox(8, toolbar(), list.node()), detail.node());
        split.setDividerPositions(0.5);
        VBox.setVgrow(list.node(), javafx.scene.layout.Priority.ALWAYS);
        tab.setContent(split);
    }

    private javafx.scene.layout.HBox toolbar() {
        Button create = Toolbars.button("partners-new", ui.i18n().t("partners.org.newButton"),
                Material2OutlinedAL.ADD_BUSINESS, this::create);
        create.getStyleClass().add("accent");
        Button bin = Toolbars.icon("partners-bin", ui.i18n().t("partners.bin.button"), Material2OutlinedAL.DELETE,
                () -> new RecycleBinDialog(feature, ui, model, tab.getTabPane().getScene().getWindow()).showAndWait());
        return Toolbars.of(create,
                Toolbars.button("partners-import", ui.i18n().t("partners.import.button"), Material2OutlinedAL.FILE_UPLOAD,
                        this::importFile),
                Toolbars.withTooltip(Toolbars.button("partners-export-shown", ui.i18n().t("partners.export.shown"),
                        Material2OutlinedAL.GET_APP, this::exportShown), ui.i18n().t("partners.export.shown.tooltip")),
                bin);
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void create() {
        if (!canLeave()) {
            return;
        }
        list.table().getSelectionModel().clearSelection();
        detail.show(Organisation.blank());
        detail.form().focusFirstField();
    }

    @Override
    public void save() {
        if (!detail.isShowingSomething() || !detail.form().validation().showAndCheck()) {
            return;
        }
        Organisation current = detail.editor.current();
        if (!current.isNew() && !detail.editor.isDirty()) {
            return;
        }
        save(current);
    }

    private void save(Organisation yours) {
        actions.save(p -> feature.partners().save(yours), saved -> {
            detail.show(saved);
            pendingSelection = saved.id();
        }, error -> conflicts.saveFailed(error, new EditConflicts.Edit<>("organisation",
                yours.isNew() ? 0 : yours.id(), yours,
                () -> feature.partners().organisation(yours.id()).orElse(null),
                theirs -> {
                    detail.show(theirs);
                    model.reload();
                },
                theirs -> save(yours.withId(yours.id(), theirs.version(), theirs.updatedAt())))));
    }

    private void delete() {
        Organisation o = detail.editor.original();
        if (o == null || o.isNew()) {
            return;
        }
        actions.delete(new RecordActions.Deletion(ui.i18n().t("partners.org.deleteTitle"),
                        ui.i18n().t("partners.org.deleteMessage", o.name()), ui.i18n().t("partners.form.delete"),
                        ui.i18n().t("partners.org.deleted", o.shortName())),
                () -> feature.partners().delete(o),
                () -> {
                    list.remove(o.id());
                    detail.clear();
                },
                p -> feature.partners().restoreOrganisation(o.id()),
                restored -> pendingSelection = restored.id());
    }

    private void revert() {
        detail.editor.revert();
    }

    @Override
    public void focusFilter() {
        list.bar().focus();
    }

    @Override
    public boolean canLeave() {
        String what = Texts.isBlank(detail.editor.name.get()) ? ui.i18n().t("partners.org.new") : detail.editor.name.get();
        return UnsavedChanges.canLeave(detail.editor, what, ui);
    }

    @Override
    public boolean select(long id) {
        return list.select(id);
    }

    private void selected(OrganisationRow row) {
        if (row == null || detail.editor.isDirty()) {
            return;
        }
        detail.show(row.organisation());
    }

    private void loaded(DirectoryModel.Loaded loaded) {
        if (!loaded.complete()) {
            list.showFirst(loaded.organisations(), loaded.organisationCount());
            return;
        }
        list.setAll(loaded.organisations(), loaded.organisationIndex());
        list.bar().setGroups(loaded.directory().groups());
        list.bar().setTowns(loaded.towns());
        if (pendingSelection != null && list.select(pendingSelection)) {
            pendingSelection = null;
        }
        if (detail.isShowingSomething()) {
            detail.refreshRelated();
            noticeChangeUnderEdits(loaded);
        }
    }

    /** The organisation being edited was saved by someone else: say so, never replace what is typed. */
    private void noticeChangeUnderEdits(DirectoryModel.Loaded loaded) {
        Organisation mine = detail.editor.original();
        if (mine == null || mine.isNew() || !detail.editor.isDirty()) {
            return;
        }
        loaded.directory().organisations().stream()
                .filter(o -> o.id().equals(mine.id()) && o.version() != mine.version())
                .findFirst()
                .ifPresent(theirs -> detail.notice().show(model.whoChanged("organisation", mine.id()),
                        () -> detail.show(theirs)));
    }

    private void importFile() {
        new ImportDialog(feature, ui, model, tab.getTabPane().getScene().getWindow()).show();
    }

    private void exportShown() {
        java.util.Set<Long> ids = list.shown().stream().map(OrganisationRow::id).collect(Collectors.toSet());
        new DirectoryExportAction(feature, ui).exportShown(model.directory().withOrganisations(ids),
                list.bar().describe());
    }
}
