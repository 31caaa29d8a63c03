package fr.cress.relais.meetings.ui;

import fr.cress.relais.meetings.AgendaItem;
import fr.cress.relais.meetings.MeetingFile;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * « Compte rendu »: one text per point of the agenda, saved with Ctrl+S. Text being typed survives reloads of
 * the meeting; if someone else changed the same minutes meanwhile, saving is refused rather than overwriting.
 * Until the tab is first chosen nothing can have been typed: the texts are made then, from the meeting shown.
 */
final class MinutesTab extends EditorTab {

    /** A point's minutes as they were when editing began, and the area holding the new text. */
    private record Edit(AgendaItem base, TextArea area) {
    }

    private final MeetingViewModel vm;
    private final VBox points = new VBox(18);
    private final Map<Long, Edit> edits = new LinkedHashMap<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private Long meetingId;

    MinutesTab(MeetingViewModel vm) {
        super(vm, "tab-minutes", "meetings.tab.minutes");
        this.vm = vm;
    }

    @Override
    Node build() {
        points.getStyleClass().add("minutes-points");
        ScrollPane scroll = new ScrollPane(points);
        scroll.setFitToWidth(true);
        VBox content = new VBox(8, Ui.muted(vm.t("meetings.minutes.help")), scroll);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        return content;
    }

    BooleanProperty dirty() {
        return dirty;
    }

    @Override
    void fill(MeetingFile f) {
        Map<Long, Edit> typed = new LinkedHashMap<>();
        if (meetingId != null && meetingId == f.meeting().id()) {
            edits.forEach((id, e) -> {
                if (!same(e.base().minutes(), e.area().getText())) {
                    typed.put(id, e);
                }
            });
        }
        meetingId = f.meeting().id();
        edits.clear();
        points.getChildren().clear();
        for (AgendaItem item : f.agenda()) {
            Edit before = typed.get(item.id());
            if (before != null && same(item.minutes(), before.area().getText())) {
                before = null; // what was typed is now saved
            }
            boolean unchangedElsewhere = before != null && Objects.equals(before.base().minutes(), item.minutes());
            AgendaItem base = before == null || unchangedElsewhere ? item : before.base();
            TextArea area = new TextArea(before == null ? text(item.minutes()) : before.area().getText());
            area.setId("minutes-" + item.rank());
            area.setWrapText(true);
            area.setPrefRowCount(item.followUp() ? 3 : 5);
            area.textProperty().addListener((o, a, b) -> dirty.set(!changes().isEmpty()));
            edits.put(item.id(), new Edit(base, area));
            Label title = Ui.heading(item.rank() + ". " + item.title());
            VBox box = new VBox(4, title);
            if (item.presenterName() != null) {
                box.getChildren().add(Ui.muted(vm.t("meetings.pdf.presentedBy", item.presenterName())));
            }
            if (item.followUp()) {
                box.getChildren().add(Ui.muted(vm.t("meetings.minutes.followUpHelp", f.carriedItems().size())));
            }
            box.getChildren().add(area);
            points.getChildren().add(box);
        }
        dirty.set(!changes().isEmpty());
    }

    /** The minutes typed since the last save, by point. */
    Map<AgendaItem, String> changes() {
        Map<AgendaItem, String> changed = new LinkedHashMap<>();
        edits.values().forEach(e -> {
            if (!same(e.base().minutes(), e.area().getText())) {
                changed.put(e.base(), e.area().getText());
            }
        });
        return changed;
    }

    /** Forgets what was typed (the user chose to leave without saving). */
    void forget() {
        edits.clear();
        meetingId = null;
        dirty.set(false);
    }

    /**
     * True when the text typed would save as the minutes kept: the store keeps them without their leading and
     * trailing blanks, so blanks added there alone are nothing to save.
     */
    private static boolean same(String kept, String typed) {
        return text(kept).strip().equals(text(typed).strip());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
