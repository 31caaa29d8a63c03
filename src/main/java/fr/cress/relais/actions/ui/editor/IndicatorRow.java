package fr.cress.relais.actions.ui.editor;

import fr.cress.relais.actions.Indicator;
import fr.cress.relais.common.text.Formats;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One indicator being edited: every field as typed; the ratio follows planned and achieved. */
public final class IndicatorRow {

    final StringProperty year = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty unit = new SimpleStringProperty("");
    final StringProperty planned = new SimpleStringProperty("");
    final StringProperty achieved = new SimpleStringProperty("");
    final StringProperty qualitative = new SimpleStringProperty("");
    final StringBinding ratio = Bindings.createStringBinding(this::ratioText, planned, achieved);

    static IndicatorRow of(Indicator i) {
        IndicatorRow row = new IndicatorRow();
        row.year.set(Numbers.format(i.year()));
        row.name.set(nullToEmpty(i.name()));
        row.unit.set(nullToEmpty(i.unit()));
        row.planned.set(Numbers.format(i.planned()));
        row.achieved.set(Numbers.format(i.achieved()));
        row.qualitative.set(nullToEmpty(i.qualitative()));
        return row;
    }

    /** The indicator typed; throws NumberFormatException when a figure is not a number. */
    Indicator toIndicator() {
        return new Indicator(null, Numbers.parseYear(year.get()), name.get().strip(), emptyToNull(unit.get()),
                Numbers.parse(planned.get()), Numbers.parse(achieved.get()), emptyToNull(qualitative.get()));
    }

    boolean parses() {
        return Numbers.validYear(year.get()) && Numbers.valid(planned.get()) && Numbers.valid(achieved.get());
    }

    Observable[] observables() {
        return new Observable[]{year, name, unit, planned, achieved, qualitative};
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty plannedProperty() {
        return planned;
    }

    public StringProperty achievedProperty() {
        return achieved;
    }

    public StringProperty qualitativeProperty() {
        return qualitative;
    }

    public StringBinding ratioProperty() {
        return ratio;
    }

    private String ratioText() {
        if (!parses()) {
            return "";
        }
        return toIndicator().ratio().map(Formats::percent).orElse("");
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
