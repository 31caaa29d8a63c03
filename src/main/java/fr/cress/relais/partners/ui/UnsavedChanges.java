package fr.cress.relais.partners.ui;

import fr.cress.relais.common.feature.UiContext;

/** The unsaved-changes guard: before a form's edits are lost, the user chooses to drop them or to stay. */
final class UnsavedChanges {

    private UnsavedChanges() {
    }

    /** True when the form may be left: nothing typed, or the user agreed to drop it (the form is reverted). */
    static boolean canLeave(FormModel<?> form, String what, UiContext ui) {
        if (!form.isDirty()) {
            return true;
        }
        boolean discard = ui.dialogs().confirm(ui.i18n().t("partners.unsaved.title"),
                ui.i18n().t("partners.unsaved.message", what), ui.i18n().t("partners.unsaved.discard"));
        if (discard) {
            form.revert();
        }
        return discard;
    }
}
