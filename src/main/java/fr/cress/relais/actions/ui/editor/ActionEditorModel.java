package fr.cress.relais.actions.ui.editor;

import fr.cress.relais.actions.ActionDetail;
import fr.cress.relais.actions.ActionFile;
import fr.cress.relais.actions.ActionKind;
import fr.cress.relais.actions.ActionPartner;
import fr.cress.relais.actions.ActionRules;
import fr.cress.relais.actions.ActionStatus;
import fr.cress.relais.actions.ContactRef;
import fr.cress.relais.actions.Directory;
import fr.cress.relais.actions.JointAction;
import fr.cress.relais.actions.Objective;
import fr.cress.relais.actions.Problem;
import fr.cress.relais.common.i18n.I18n;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The joint action being edited, field by field as typed: tracks unsaved changes and checks the rules as
 * you type ({@link #problems()}: field → message). {@link #draft()} gives what to save.
 */
public final class ActionEditorModel {

    final StringProperty title = new SimpleStringProperty("");
    /** The id of the action shown (null: a new one), for the history. */
    final ObjectProperty<Long> shownId = new SimpleObjectProperty<>();
    final ObjectProperty<ActionKind> kind = new SimpleObjectProperty<>(ActionKind.OTHER);
    final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>(ActionStatus.PLANNED);
    final ObjectProperty<Objective> objective = new SimpleObjectProperty<>();
    final StringProperty startYear = new SimpleStringProperty("");
    final StringProperty endYear = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("");
    final StringProperty results = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final ObservableList<PartnerRow> partners = FXCollections.observableArrayList(PartnerRow::observables);
    final ObservableList<ContactRef> contacts = FXCollections.observableArrayList();
    final ObservableList<IndicatorRow> indicators = FXCollections.observableArrayList(IndicatorRow::observables);
    final ObservableList<BudgetRow> budget = FXCollections.observableArrayList(BudgetRow::observables);
    final ObservableList<ActionFile> files = FXCollections.observableArrayList();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final I18n i18n;
    private JointAction base;
    private Directory directory = new Directory(List.of(), List.of());
    private boolean loading;

    public ActionEditorModel(I18n i18n) {
        this.i18n = i18n;
        for (Observable o : new Observable[]{title, kind, status, objective, startYear, endYear, startDate, endDate,
                place, description, results, notes, partners, contacts, indicators, budget, files}) {
            o.addListener(x -> changed());
        }
    }

    /** Shows {@code detail}; {@code objectives} are those of its programme. */
    public void load(ActionDetail detail, Directory directory, List<Objective> objectives) {
        loading = true;
        try {
            this.directory = directory;
            this.base = detail.action();
            shownId.set(detail.action().id());
            JointAction a = detail.action();
            title.set(IndicatorRow.nullToEmpty(a.title()));
            kind.set(a.kind());
            status.set(a.status());
            objective.set(objectives.stream().filter(o -> o.id().equals(a.objectiveId())).findFirst().orElse(null));
            startYear.set(Numbers.format(a.startYear()));
            endYear.set(Numbers.format(a.endYear()));
            startDate.set(a.startDate());
            endDate.set(a.endDate());
            place.set(IndicatorRow.nullToEmpty(a.place()));
            description.set(IndicatorRow.nullToEmpty(a.description()));
            results.set(IndicatorRow.nullToEmpty(a.results()));
            notes.set(IndicatorRow.nullToEmpty(a.notes()));
            loadChildren(detail);
        } finally {
            loading = false;
        }
        dirty.set(detail.action().id() == null);
        validate();
    }

    private void loadChildren(ActionDetail detail) {
        partners.setAll(detail.partners().stream().flatMap(p -> directory.organisation(p.organisationId()).stream()
                .map(o -> new PartnerRow(o, p.role()))).toList());
        contacts.setAll(detail.contactIds().stream().flatMap(id -> directory.contact(id).stream()).toList());
        indicators.setAll(detail.indicators().stream().map(IndicatorRow::of).toList());
        budget.setAll(detail.budget().stream()
                .map(b -> BudgetRow.of(b, directory.organisation(b.funderId()).orElse(null))).toList());
        files.setAll(detail.files());
    }

    /** What to save, or empty when a figure or a year is not a number (see {@link #problems()}). */
    public Optional<ActionDetail> draft() {
        if (base == null || !parseProblems().isEmpty()) {
            return Optional.empty();
        }
        JointAction a = new JointAction(base.id(), base.programmeId(), objective.get() == null ? null : objective.get().id(),
                base.rank(), title.get().strip(), kind.get(), status.get(), Numbers.parseYear(startYear.get()),
                Numbers.parseYear(endYear.get()), startDate.get(), endDate.get(), IndicatorRow.emptyToNull(place.get()),
                IndicatorRow.emptyToNull(description.get()), IndicatorRow.emptyToNull(results.get()),
                IndicatorRow.emptyToNull(notes.get()), base.version());
        return Optional.of(new ActionDetail(a,
                partners.stream().filter(p -> p.organisation.get() != null)
                        .map(p -> new ActionPartner(p.organisation.get().id(), p.role.get())).toList(),
                contacts.stream().map(ContactRef::id).toList(), files,
                indicators.stream().map(IndicatorRow::toIndicator).toList(),
                budget.stream().map(BudgetRow::toLine).toList()));
    }

    /** Recomputes {@link #problems()}: figures that are not numbers, then the rules of a joint action. */
    public void validate() {
        List<Problem> found = parseProblems();
        if (found.isEmpty()) {
            found = draft().map(ActionRules::check).orElse(List.of());
        }
        problems.clear();
        for (Problem p : found) {
            problems.putIfAbsent(p.field(), i18n.t(p.key(), p.args()));
        }
    }

    private List<Problem> parseProblems() {
        List<Problem> found = new java.util.ArrayList<>();
        if (!Numbers.validYear(startYear.get()) || !Numbers.validYear(endYear.get())) {
            found.add(new Problem("years", "actions.validation.yearNumber"));
        }
        for (int i = 0; i < indicators.size(); i++) {
            if (!indicators.get(i).parses()) {
                found.add(new Problem("indicator." + i, "actions.validation.number"));
            }
        }
        for (int i = 0; i < budget.size(); i++) {
            if (!budget.get(i).parses()) {
                found.add(new Problem("budget." + i, "actions.validation.number"));
            }
        }
        return found;
    }

    private void changed() {
        if (!loading) {
            dirty.set(true);
            validate();
        }
    }

    /** Runs {@code change} (new choices in the combo boxes) without counting it as an edit. */
    void untracked(Runnable change) {
        boolean was = loading;
        loading = true;
        try {
            change.run();
        } finally {
            loading = was;
        }
    }

    public boolean isLoaded() {
        return base != null;
    }

    public boolean isNew() {
        return base != null && base.id() == null;
    }

    public JointAction base() {
        return base;
    }

    public Directory directory() {
        return directory;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObservableList<IndicatorRow> indicators() {
        return indicators;
    }

    public ObservableList<BudgetRow> budget() {
        return budget;
    }

    public ObservableList<PartnerRow> partners() {
        return partners;
    }

    public ObservableList<ContactRef> contacts() {
        return contacts;
    }

    public ObservableList<ActionFile> files() {
        return files;
    }
}
