package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.common.ui.CheckedChoices;
import fr.cress.relais.meetings.Choices;
import fr.cress.relais.meetings.Meeting;
import fr.cress.relais.meetings.MeetingDraft;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.MeetingStatus;
import fr.cress.relais.meetings.Refs;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.CheckComboBox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The head of a meeting: title, group, day and times, place or video link, status and linked joint actions. The
 * choices (every group and joint action: thousands on a large network) are given to the lists when the form is
 * first put in the window; until then nothing can be typed in it, and it is filled again then.
 */
final class MeetingForm {

    private static final int ROWS_TO_MEASURE = 30;

    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final TextField title = Fields.text("meeting-title", null);
    private final ComboBox<Refs.Group> group;
    private final DatePicker date = Fields.date("meeting-date", null);
    private final TextField start = Fields.time("meeting-start", null);
    private final TextField end = Fields.time("meeting-end", null);
    private final TextField place = Fields.text("meeting-place", null);
    private final TextField video = Fields.text("meeting-video", null);
    private final ComboBox<MeetingStatus> status = new ComboBox<>();
    private final CheckComboBox<Refs.JointAction> actions = new CheckComboBox<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private boolean filling;
    private Choices choices = Choices.none();
    /** The form was asked for to be shown: its lists hold the choices. */
    private boolean shown;
    /** The meeting last filled in. */
    private MeetingFile filled;

    MeetingForm(I18n i18n) {
        this.i18n = i18n;
        group = Fields.choice("meeting-group", List.of(), null, Refs.Group::name, i18n.t("meetings.form.adHoc"));
        status.setId("meeting-status");
        status.getItems().setAll(MeetingStatus.values());
        status.setConverter(new LabelledConverter<>(i18n));
        actions.setId("meeting-actions");
        actions.setMaxWidth(Double.MAX_VALUE);
        // The popup's width is measured on its first rows, not on every joint action (thousands on a large network).
        actions.getProperties().put("comboBoxRowsToMeasureWidth", ROWS_TO_MEASURE);
        video.setPromptText("https://");
        layout();
        for (Observable o : List.of(title.textProperty(), group.valueProperty(), date.valueProperty(),
                start.textProperty(), end.textProperty(), place.textProperty(), video.textProperty(),
                status.valueProperty())) {
            o.addListener(x -> touched());
        }
        actions.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<Refs.JointAction>) c -> touched());
    }

    private void layout() {
        grid.getStyleClass().add("meeting-form");
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setMinWidth(120);
        grid.getColumnConstraints().setAll(label, wide);
        date.setMinWidth(120);
        date.setPrefWidth(150);
        HBox when = new HBox(8, date, small(i18n.t("meetings.form.from")), start, small(i18n.t("meetings.form.to")), end);
        when.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row(0, "meetings.form.title", title);
        row(1, "meetings.form.group", group);
        row(2, "meetings.form.when", when);
        row(3, "meetings.form.status", status);
        row(4, "meetings.form.place", place);
        row(5, "meetings.form.video", video);
        row(6, "meetings.form.actions", actions);
    }

    private static Label small(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private void row(int r, String key, Node field) {
        Label l = new Label(i18n.t(key));
        l.setLabelFor(field);
        grid.addRow(r, l, field);
        if (field instanceof javafx.scene.control.Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
    }

    Node node() {
        if (!shown) {
            shown = true;
            giveChoices();
            if (filled != null && !dirty.get()) {
                fill(filled);
            }
        }
        return grid;
    }

    BooleanProperty dirty() {
        return dirty;
    }

    void setChoices(Choices choices) {
        this.choices = choices;
        if (shown) {
            giveChoices();
        }
    }

    private void giveChoices() {
        filling = true;
        Refs.Group selected = group.getValue();
        group.getItems().setAll((Refs.Group) null);
        group.getItems().addAll(choices.groups());
        group.setValue(selected);
        CheckedChoices.replace(actions, choices.jointActions(), Refs.JointAction::id);
        filling = false;
    }

    /** Shows {@code f}; what was typed is forgotten. */
    void fill(MeetingFile f) {
        filled = f;
        filling = true;
        Meeting m = f.meeting();
        title.setText(m.title());
        group.setValue(group.getItems().stream().filter(g -> g != null && m.groupId() != null && g.id() == m.groupId())
                .findFirst().orElse(null));
        date.setValue(m.date());
        start.setText(Formats.time(m.startsAt().toLocalTime()));
        end.setText(m.endsAt() == null ? "" : Formats.time(m.endsAt().toLocalTime()));
        place.setText(m.place() == null ? "" : m.place());
        video.setText(m.videoLink() == null ? "" : m.videoLink());
        status.setValue(m.status());
        actions.getCheckModel().clearChecks();
        f.linkedActions().forEach(a -> actions.getItems().stream().filter(x -> x.id() == a.id())
                .forEach(x -> actions.getCheckModel().check(x)));
        filling = false;
        dirty.set(false);
    }

    /** What the form says; throws {@link BadInputException} for a time it cannot read. */
    MeetingDraft draft(String notes) {
        LocalDate day = date.getValue();
        if (day == null) {
            throw new BadInputException("meetings.error.start");
        }
        LocalTime from = Fields.parseTime(start.getText());
        if (from == null) {
            throw new BadInputException("meetings.error.start");
        }
        LocalTime to = Fields.parseTime(end.getText());
        return new MeetingDraft(group.getValue() == null ? null : group.getValue().id(), title.getText(),
                LocalDateTime.of(day, from), to == null ? null : LocalDateTime.of(day, to), place.getText(),
                video.getText(), status.getValue(), notes,
                actions.getCheckModel().getCheckedItems().stream().map(Refs.JointAction::id).toList());
    }

    void focus() {
        title.requestFocus();
    }

    private void touched() {
        if (!filling) {
            dirty.set(true);
        }
    }
}
