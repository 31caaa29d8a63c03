package fr.cress.relais.partners.ui;

import fr.cress.relais.partners.PartnerRules;
import fr.cress.relais.partners.Problem;
import fr.cress.relais.partners.WorkGroup;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Objects;

/** The group being edited: name, description, parent group. */
final class GroupEditor extends FormModel<WorkGroup> {

    final StringProperty name = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("");
    final ObjectProperty<WorkGroup> parent = new SimpleObjectProperty<>();
    private List<WorkGroup> groups = List.of();

    GroupEditor() {
        watch(name, description, parent);
    }

    void setGroups(List<WorkGroup> all) {
        groups = List.copyOf(all);
    }

    @Override
    WorkGroup current() {
        WorkGroup g = original();
        return new WorkGroup(g == null ? null : g.id(), name.get(), description.get(),
                parent.get() == null ? null : parent.get().id(), g == null ? 0 : g.version());
    }

    @Override
    protected void fill(WorkGroup g) {
        name.set(text(g.name()));
        description.set(text(g.description()));
        parent.set(groups.stream().filter(p -> Objects.equals(p.id(), g.parentId())).findFirst().orElse(null));
    }

    @Override
    protected List<Problem> check(WorkGroup value) {
        return PartnerRules.group(value);
    }

    @Override
    protected boolean same(WorkGroup a, WorkGroup b) {
        WorkGroup x = a.normalised();
        WorkGroup y = b.normalised();
        return Objects.equals(x.name(), y.name()) && Objects.equals(x.description(), y.description())
                && Objects.equals(x.parentId(), y.parentId());
    }
}
