package fr.cress.relais.actions.ui.editor;

import fr.cress.relais.actions.BudgetLine;
import fr.cress.relais.actions.BudgetLineType;
import fr.cress.relais.actions.OrganisationRef;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import static fr.cress.relais.actions.ui.editor.IndicatorRow.nullToEmpty;

/** One budget line being edited: type, label, funder, year and the three amounts as typed. */
public final class BudgetRow {

    final ObjectProperty<BudgetLineType> type = new SimpleObjectProperty<>(BudgetLineType.EXPENSE);
    final StringProperty label = new SimpleStringProperty("");
    final ObjectProperty<OrganisationRef> funder = new SimpleObjectProperty<>();
    final StringProperty year = new SimpleStringProperty("");
    final StringProperty planned = new SimpleStringProperty("");
    final StringProperty granted = new SimpleStringProperty("");
    final StringProperty received = new SimpleStringProperty("");

    static BudgetRow of(BudgetLine line, OrganisationRef funder) {
        BudgetRow row = new BudgetRow();
        row.type.set(line.type());
        row.label.set(nullToEmpty(line.label()));
        row.funder.set(funder);
        row.year.set(Numbers.format(line.year()));
        row.planned.set(Numbers.format(line.planned()));
        row.granted.set(Numbers.format(line.granted()));
        row.received.set(Numbers.format(line.received()));
        return row;
    }

    /** The line typed; throws NumberFormatException when an amount is not a number. */
    BudgetLine toLine() {
        return new BudgetLine(null, type.get(), nullToEmpty(label.get()).strip(),
                funder.get() == null ? null : funder.get().id(), Numbers.parseYear(year.get()),
                Numbers.parse(planned.get()), Numbers.parse(granted.get()), Numbers.parse(received.get()));
    }

    boolean parses() {
        return Numbers.validYear(year.get()) && Numbers.valid(planned.get()) && Numbers.valid(granted.get())
                && Numbers.valid(received.get());
    }

    Observable[] observables() {
        return new Observable[]{type, label, funder, year, planned, granted, received};
    }

    public ObjectProperty<BudgetLineType> typeProperty() {
        return type;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<OrganisationRef> funderProperty() {
        return funder;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty plannedProperty() {
        return planned;
    }

    public StringProperty grantedProperty() {
        return granted;
    }

    public StringProperty receivedProperty() {
        return received;
    }

}
