package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.Field;
import fr.cress.relais.partners.Problem;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Shows the rules' findings next to each field (ControlsFX decorations with the French message as
 * tooltip) and as a summary under the form. Decorations appear once the user has typed or tried to save,
 * not on a blank new form.
 */
final class FormValidation {

    private final ValidationSupport support = new ValidationSupport();
    private final FormModel<?> model;
    private final I18n i18n;
    private final Map<Field, Control> controls = new LinkedHashMap<>();
    private final Label summary = new Label();

    FormValidation(FormModel<?> model, I18n i18n, String summaryId) {
        this.model = model;
        this.i18n = i18n;
        support.setValidationDecorator(new CompoundValidationDecoration(new GraphicValidationDecoration(),
                new StyleClassValidationDecoration("partners-invalid", "partners-warning")));
        support.setErrorDecorationEnabled(false);
        summary.setId(summaryId);
        summary.getStyleClass().add("partners-form-errors");
        summary.setWrapText(true);
        summary.managedProperty().bind(summary.visibleProperty());
        summary.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> support.errorDecorationEnabledProperty().get() && !model.problems().isEmpty(),
                model.problems(), support.errorDecorationEnabledProperty()));
        model.problems().addListener((ListChangeListener<Problem>) c -> refresh());
        model.dirtyProperty().addListener((o, was, dirty) -> {
            if (dirty) {
                show();
            }
        });
    }

    void register(Control control, Field field) {
        controls.put(field, control);
        support.registerValidator(control, false, (Validator<Object>) (c, value) ->
                ValidationResult.fromErrorIf(c, model.problem(field).map(p -> p.text(i18n)).orElse(""),
                        model.problem(field).isPresent()));
    }

    Label summary() {
        return summary;
    }

    /** Shows the decorations (after a save attempt); returns false and focuses the first wrong field if any. */
    boolean showAndCheck() {
        show();
        for (Map.Entry<Field, Control> entry : controls.entrySet()) {
            if (model.problem(entry.getKey()).isPresent()) {
                entry.getValue().requestFocus();
                return false;
            }
        }
        return model.problems().isEmpty();
    }

    /** Hides the decorations: a record was just loaded. */
    void reset() {
        support.setErrorDecorationEnabled(false);
        refresh();
    }

    private void show() {
        support.setErrorDecorationEnabled(true);
        refresh();
    }

    private void refresh() {
        support.revalidate();
        summary.setText(i18n.t("partners.form.fix", model.problems().stream().map(p -> p.text(i18n))
                .collect(Collectors.joining(" "))));
    }
}
