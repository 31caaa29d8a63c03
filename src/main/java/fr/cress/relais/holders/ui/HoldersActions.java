package fr.cress.relais.holders.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.holders.CommuneRef;
import fr.cress.relais.holders.Holder;
import fr.cress.relais.holders.HolderService;
import fr.cress.relais.holders.Need;
import fr.cress.relais.holders.Suggestion;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** What the user does in the section: the toolbar, the shortcuts, save, delete, erase, refer. */
final class HoldersActions {

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final HolderService service;
    private final UiContext ui;
    private final I18n i18n;
    private final HolderFormViewModel form;
    private final HoldersView view;

    HoldersActions(HolderService service, UiContext ui, HolderFormViewModel form, HoldersView view) {
        this.service = service;
        this.ui = ui;
        this.i18n = ui.i18n();
        this.form = form;
        this.view = view;
    }

    Node toolbar() {
        Label title = new Label(i18n.t("app.section.holders"));
        title.getStyleClass().add("title-2");
        Button add = button("holders-new", "holders.action.new", Material2OutlinedAL.ADD, "Ctrl+N", view::newHolder);
        add.getStyleClass().add("accent");
        Button save = button("holders-save", "holders.action.save", Material2OutlinedMZ.SAVE, "Ctrl+S", this::save);
        save.disableProperty().bind(form.dirty().not());
        Button delete = button("holders-delete", "holders.action.delete", Material2OutlinedAL.DELETE, "Suppr",
                this::delete);
        delete.disableProperty().bind(form.original().isNull());
        Button erase = button("holders-anonymise", "holders.action.anonymise", Material2OutlinedMZ.PERSON_REMOVE, null,
                this::anonymise);
        erase.disableProperty().bind(form.original().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, add, save, delete, erase);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("holders-toolbar");
        return bar;
    }

    private Button button(String id, String key, org.kordamp.ikonli.Ikon icon, String shortcut, Runnable action) {
        Button button = new Button(i18n.t(key), new FontIcon(icon));
        button.setId(id);
        if (shortcut != null) {
            fr.cress.relais.common.ui.HoverTooltip.install(button, i18n.t(key) + " (" + shortcut + ")");
        }
        button.setOnAction(e -> action.run());
        return button;
    }

    void shortcut(KeyEvent e) {
        if (NEW.match(e)) {
            view.newHolder();
        } else if (SAVE.match(e)) {
            save();
        } else if (FIND.match(e)) {
            view.listPane().filter().requestFocus();
        } else {
            return;
        }
        e.consume();
    }

    /** True when there is nothing unsaved, or the user agrees to drop it (the form then shows what was saved). */
    boolean confirmDiscard() {
        if (!form.dirty().get()) {
            return true;
        }
        boolean drop = ui.dialogs().confirm(i18n.t("holders.discard.title"), i18n.t("holders.discard.text"),
                i18n.t("holders.discard.confirm"));
        if (drop) {
            Holder original = form.original().get();
            form.load(original.isNew() ? null : original, form.commune.get());
        }
        return drop;
    }

    void save() {
        if (form.original().get() == null || !form.dirty().get()) {
            return;
        }
        List<String> problems = form.problems();
        if (view.formPane().isInvalid() || !problems.isEmpty()) {
            ui.dialogs().showError(i18n.t("holders.invalid.title"), i18n.t("holders.invalid.summary"), problems);
            return;
        }
        form.save(id -> view.reload(id));
    }

    void delete() {
        Holder holder = form.original().get();
        if (holder == null || holder.isNew()) {
            return;
        }
        if (ui.dialogs().confirm(i18n.t("holders.delete.title"), i18n.t("holders.delete.text", holder.displayName()),
                i18n.t("holders.action.delete"))) {
            run(() -> service.delete(holder.id(), holder.version()), () -> {
                form.load(null, null);
                view.reload(null);
                view.deleted(holder);
            });
        }
    }

    void anonymise() {
        Holder holder = form.original().get();
        if (holder == null || holder.isNew() || holder.anonymised()) {
            return;
        }
        if (ui.dialogs().confirm(i18n.t("holders.anonymise.title"),
                i18n.t("holders.anonymise.text", holder.displayName()), i18n.t("holders.anonymise.confirm"))) {
            run(() -> service.anonymise(holder.id(), holder.version()), () -> {
                form.load(null, null);
                view.reload(holder.id());
            });
        }
    }

    /** Brings a deleted holder back from the recycle bin and shows it. */
    void restore(long id) {
        run(() -> service.restore(id), () -> view.reload(id));
    }

    /** Opens the referral dialog, preselected from a suggestion when one is given. */
    void refer(Suggestion suggestion, Need need) {
        Holder holder = form.original().get();
        if (holder == null || holder.isNew() || !confirmDiscard()) {
            return;
        }
        ui.tasks().job(i18n.t("holders.referrals.loading"), p -> service.partners())
                .onSuccess(partners -> {
                    ReferralDialog dialog = new ReferralDialog(i18n, view.node(), partners, holder.needs(),
                            service.today());
                    if (suggestion != null) {
                        dialog.preselect(suggestion.organisationId(), suggestion.contactName(), need.key());
                    }
                    dialog.showAndWait().ifPresent(request -> {
                        view.referrals().refer(request);
                        view.referralAdded();
                    });
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    void load(long id, BiConsumer<Holder, CommuneRef> then) {
        ui.tasks().job(i18n.t("holders.form.loading"), p -> {
                    Holder holder = service.get(id);
                    return new Loaded(holder, service.commune(holder.communeCode()).orElse(null));
                })
                .onSuccess(r -> then.accept(r.holder(), r.commune()))
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private record Loaded(Holder holder, CommuneRef commune) {
    }

    void loadCommunes(Consumer<List<CommuneRef>> then) {
        ui.tasks().job(i18n.t("holders.form.loading"), p -> service.communes())
                .onSuccess(then)
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private void run(Runnable change, Runnable after) {
        ui.tasks().job(i18n.t("holders.form.saving"), p -> {
                    change.run();
                    return null;
                })
                .onSuccess(r -> after.run())
                .onFailure(ui.dialogs()::showError)
                .start();
    }
}
